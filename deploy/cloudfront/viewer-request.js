// CloudFront Function (runtime cloudfront-js-2.0), on viewer request, for the site in a private S3
// bucket (deploy/README.md, "S3 with CloudFront"). It does what nginx's try_files does:
//   /486/            -> fetches /486/index.html from the bucket
//   /486, /search    -> 301 to /486/, /search/ (query string kept: /search?q=busy -> /search/?q=busy)
//   anything else    -> as asked (files: /_assets/…, /sitemap.xml; unknown paths get the 404 page)
// Only plain paths are redirected (letters, digits, "-", "_", "~", no dot in the last segment),
// so no request can turn the relative Location into another host ("//evil", "/\evil").
// tests/unit/deploy.test.ts runs this handler.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.charAt(uri.length - 1) === '/') {
    request.uri = uri + 'index.html';
    return request;
  }
  if (/^(\/[A-Za-z0-9_~-]+)+$/.test(uri)) {
    var query = request.rawQueryString();
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: uri + '/' + (query ? '?' + query : '') } },
    };
  }
  return request;
}
