"""rasa_sdk actions: thin translators between the tracker and the router."""
