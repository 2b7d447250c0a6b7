package verbatim.web.browser;

import java.util.List;

/** The service the browser tests talk to. */
interface Service extends AutoCloseable {
  String endpoint();

  static Service start() throws Exception {
    FakeApi api = new FakeApi(List.of(
        new FakeApi.Row("tiktok#q-1", "It’s really preventive", "Éric Caire", "Minister of Cybersecurity and Digital", "en", "TVA", "2023-02-28"),
        new FakeApi.Row("tiktok#q-2", "As a preventive measure, TikTok is out", "Quebec Parliament", "", "en", "TVA", "2023-02-28"),
        new FakeApi.Row("tiktok#q-3", "TikTok is up to the citizen", "Éric Caire", "Minister", "en", "TVA", "2023-02-28"),
        new FakeApi.Row("tiktok#q-4", "TikTok must go", "Jane Roe", "MNA", "en", "TVA", "2023-02-28")));
    return new Service() {
      public String endpoint() { return api.endpoint(); }
      public void close() { api.close(); }
    };
  }
}
