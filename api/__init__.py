"""FastAPI service: route API, directory read API, health, the browser chat channel."""
