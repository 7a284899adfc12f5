// The platform's own document; "Authorize" takes a bearer token of a tenant realm (or of jiceng-platform for
// /admin/v1), which try-it-out then sends. The token stays in this tab's memory.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '../openapi',
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: false,
    tryItOutEnabled: false,
    displayOperationId: true,
    validatorUrl: null,
    requestInterceptor: function (req) {
      req.headers['Accept'] = req.headers['Accept'] || 'application/json';
      return req;
    },
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout'
  });
});
