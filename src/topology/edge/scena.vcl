vcl 4.1;
# Scena's edge cache (Varnish 7). src/topology/edge/vcl.ts puts one health-checked backend per app
# instance (CLUSTER_INSTANCES) where the two placeholders stand; everything else is fixed here.

import directors;
import purge;
import std;

probe liveness {
  # The instance answers (not the database: an outage must not empty the pool, see README).
  .url = "/api/health";
  .interval = 1s;
  .timeout = 1s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

{{BACKENDS}}

# Who may purge: the app instances and the worker, all on this box.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_init {
  new app = directors.round_robin();
{{DIRECTOR}}
}

sub vcl_recv {
  set req.backend_hint = app.backend();

  # One id per request for the edge's log and the app's (scripts/serve.ts puts it in every log line):
  # the one a balancer in front already gave, or this request's own number (varnishlog's vxid).
  if (req.restarts == 0 && req.http.X-Request-Id !~ "^[A-Za-z0-9._:-]{1,128}$") {
    set req.http.X-Request-Id = req.xid;
  }

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purging is not allowed from here."));
    }
    if (req.http.X-Scena-Purge-All) {
      # The site settings changed: every page shows them.
      std.ban("req.url ~ ^/");
      return (synth(200, "Banned"));
    }
    if (req.http.X-Scena-Keep-Generation) {
      # An instance started (src/topology/edge/generation.ts): pages made by another build, or for another
      # address, secret or database, are dropped.
      if (req.http.X-Scena-Keep-Generation !~ "^[0-9A-Za-z._-]+$") {
        return (synth(400, "Bad generation."));
      }
      std.ban("obj.http.X-Scena-Generation != " + req.http.X-Scena-Keep-Generation);
      return (synth(200, "Banned"));
    }
    if (req.http.X-Scena-Purge-Search) {
      # Content changed: any search may now find something else.
      std.ban("req.url ~ ^/({{SEARCH_PATHS}})([?]|$)");
      return (synth(200, "Banned"));
    }
    return (hash);
  }

  # With a healthy instance, never serve an outdated page (a publish soft-purges it); with none,
  # the last good page may be served for a day (grace).
  if (std.healthy(req.backend_hint) && !req.http.X-Scena-Stale-Retry) {
    set req.grace = 0s;
  }

  # Not cacheable: writes, the admin, the API, previews, signed-in staff, Next's RSC payloads
  # (client navigation; their `_rsc` variants must never share an entry with the HTML).
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(admin|api)(/|\?|$)" || req.url ~ "^/[a-z]{2}/preview/") {
    return (pass);
  }
  if (req.http.Cookie ~ "(^|;\s*)payload-token=" || req.http.Authorization) {
    return (pass);
  }
  if (req.http.RSC || req.http.Next-Router-Prefetch || req.http.Next-Router-State-Tree || req.url ~ "[?&]_rsc=") {
    return (pass);
  }
  # `/` picks the visitor's language (cookie, Accept-Language): always asked of the app.
  if (req.url ~ "^/(\?|$)") {
    return (pass);
  }
  # Public pages are the same for everyone: no cookie takes part.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_hash {
  # One site: the address alone names the page, whatever Host the visitor used.
  hash_data(req.url);
  return (lookup);
}

sub vcl_hit {
  if (req.method == "PURGE") {
    call scena_purge;
  }
}

sub vcl_miss {
  if (req.method == "PURGE") {
    call scena_purge;
  }
}

# An edited page is soft-purged: fetched afresh while an instance is up, still served for grace
# when none is. A page whose entry was deleted, unpublished or moved (X-Scena-Purge-Hard) is
# dropped outright: removed text is never served again, grace or not.
sub scena_purge {
  if (req.http.X-Scena-Purge-Hard) {
    purge.hard();
  } else {
    purge.soft(0s, 1d);
  }
  return (synth(200, "Purged"));
}

sub vcl_backend_response {
  # The id belongs to the request that fetched the page: a cached copy must not hand it to others
  # (vcl_deliver gives every answer its own).
  unset beresp.http.X-Request-Id;
  # A failed render must not replace a good page: keep serving the stale one (see vcl_synth).
  # (The API's own errors, such as 503 with Retry-After while the database is away, pass through.)
  if (bereq.url ~ "^/(admin|api)(/|\?|$)") {
    return (deliver);
  }
  if (beresp.status >= 500 && bereq.method == "GET") {
    return (abandon);
  }
  # A cached public page never carries a cookie to the next visitor.
  unset beresp.http.Set-Cookie;
  set beresp.grace = 1d;
  # Search results are the same for everyone: kept five minutes (as Next's s-maxage says, and in
  # any build), and banned on every publish.
  if (bereq.url ~ "^/({{SEARCH_PATHS}})[?]" && beresp.status == 200) {
    set beresp.ttl = 5m;
    return (deliver);
  }
}

sub vcl_synth {
  # The app failed or is gone: if an earlier good copy exists, serve it (grace) instead of an error.
  if (resp.status == 503 && req.method == "GET" && !req.http.X-Scena-Stale-Retry && req.restarts == 0) {
    set req.http.X-Scena-Stale-Retry = "1";
    return (restart);
  }
}

sub vcl_backend_error {
  # An instance that died since the last health check: the next one is asked (reads only).
  if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
  # No instance answered at all: serve an earlier good page if there is one (see vcl_synth).
  if (bereq.method == "GET" && !bereq.http.X-Scena-Stale-Retry && bereq.url !~ "^/(admin|api)(/|\?|$)") {
    return (abandon);
  }
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  unset resp.http.Via;
  unset resp.http.X-Varnish;
  # Kept with each cached page for the instances' bans (src/topology/edge/generation.ts); nothing for visitors.
  unset resp.http.X-Scena-Generation;
  set resp.http.X-Request-Id = req.http.X-Request-Id;
}
