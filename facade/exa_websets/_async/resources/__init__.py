"""One module per spec tag; each method names its operation (``@operation``) and its arguments."""
