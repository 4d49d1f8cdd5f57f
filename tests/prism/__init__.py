"""Every facade operation against Prism, an OpenAPI mock server we did not write, serving the pinned spec."""
