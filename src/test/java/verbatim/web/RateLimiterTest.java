package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final RateLimiter limiter = new RateLimiter(6, now::get); // one token every 10 s

  @Test
  void burstThenRefusalWithRetryAfter() {
    for (int i = 0; i < 6; i++) assertTrue(limiter.tryAcquire("1.2.3.4").allowed(), "request " + i);
    RateLimiter.Decision d = limiter.tryAcquire("1.2.3.4");
    assertFalse(d.allowed());
    assertEquals(10, d.retryAfterSeconds());
    assertTrue(limiter.tryAcquire("5.6.7.8").allowed(), "buckets are per client");
  }

  @Test
  void tokensComeBackWithTime() {
    for (int i = 0; i < 6; i++) limiter.tryAcquire("c");
    assertFalse(limiter.tryAcquire("c").allowed());
    now.addAndGet(4_000_000_000L);
    RateLimiter.Decision d = limiter.tryAcquire("c");
    assertFalse(d.allowed());
    assertEquals(6, d.retryAfterSeconds());
    now.addAndGet(6_000_000_000L);
    assertTrue(limiter.tryAcquire("c").allowed());
    assertFalse(limiter.tryAcquire("c").allowed());
    now.addAndGet(3_600_000_000_000L); // an hour: refilled to the burst size, not beyond
    int allowed = 0;
    while (limiter.tryAcquire("c").allowed()) allowed++;
    assertEquals(6, allowed);
  }
}
