package verbatim.web;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Token bucket per client: each client may burst up to {@code perMinute} requests, refilled continuously at
 * {@code perMinute} tokens per minute. Thread-safe; idle buckets are forgotten so memory stays bounded.
 */
public final class RateLimiter {
  private static final long NANOS_PER_MINUTE = 60_000_000_000L;
  private static final int SWEEP_EVERY = 4096;
  private static final int MAX_CLIENTS = 100_000;

  private final int perMinute;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  /** Calls so far, for the periodic sweep: a counter, not a lock every request would queue on. */
  private final AtomicInteger calls = new AtomicInteger();

  /** Result of one {@link #tryAcquire}: allowed, or refused with the seconds to wait. */
  public record Decision(boolean allowed, long retryAfterSeconds, long remaining) {}

  public RateLimiter(int perMinute) {
    this(perMinute, System::nanoTime);
  }

  /** @param nanoClock monotonic clock in nanoseconds (tests pass a manual one) */
  public RateLimiter(int perMinute, LongSupplier nanoClock) {
    if (perMinute < 1) throw new IllegalArgumentException("perMinute must be positive");
    this.perMinute = perMinute;
    this.nanoClock = nanoClock;
  }

  public int perMinute() {
    return perMinute;
  }

  /** Takes one token from {@code client}'s bucket if it has one. */
  public Decision tryAcquire(String client) {
    long now = nanoClock.getAsLong();
    maybeSweep(now);
    Bucket b = buckets.get(client); // get first: computeIfAbsent locks a bin even when the bucket exists
    if (b == null) b = buckets.computeIfAbsent(client, k -> new Bucket(perMinute, now));
    synchronized (b) {
      b.refill(now, perMinute);
      if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return new Decision(true, 0, (long) b.tokens);
      }
      double missing = 1.0 - b.tokens;
      long waitNanos = (long) Math.ceil(missing * NANOS_PER_MINUTE / perMinute);
      long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
      return new Decision(false, seconds, 0);
    }
  }

  private void maybeSweep(long now) {
    if (calls.incrementAndGet() % SWEEP_EVERY != 0 && buckets.size() <= MAX_CLIENTS) return;
    for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
      Bucket b = it.next();
      synchronized (b) {
        b.refill(now, perMinute);
        if (b.tokens >= perMinute) it.remove(); // full again: forgetting it changes nothing
      }
    }
  }

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(int capacity, long now) {
      tokens = capacity;
      last = now;
    }

    void refill(long now, int perMinute) {
      long elapsed = now - last;
      if (elapsed <= 0) return;
      tokens = Math.min(perMinute, tokens + (double) elapsed * perMinute / NANOS_PER_MINUTE);
      last = now;
    }
  }
}
