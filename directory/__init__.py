"""The service directory: SQL models, the YAML loader, the query layer and the router."""
