"""The action server, with a shared secret: `python -m actions.server --port 5055`.

rasa_sdk's server answers anyone who can reach it. Rasa sends the secret as the `token`
query parameter (`token:` under `action_endpoint` in endpoints.yml, from ACTION_TOKEN);
this server refuses every call to /webhook without it (403), and refuses to start
without a secret. Logs pass through the redacting filter.
"""
from __future__ import annotations

import argparse
import hmac
import logging
import os

from rasa_sdk.endpoint import create_app_for_serve
from rasa_sdk.executor import ActionExecutor
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from danish_text.redact import RedactingFilter

log = logging.getLogger("vejviser.actions")


def create_app() -> Sanic:
    """The rasa_sdk app with our actions and the token check."""
    token = os.environ.get("ACTION_TOKEN", "")
    executor = ActionExecutor()
    executor.register_package("actions.actions")
    app = create_app_for_serve(executor, cors_origins=[])

    async def require_token(request: Request) -> HTTPResponse | None:
        if request.path == "/health":
            return None
        given = request.args.get("token", "")
        if not token or not hmac.compare_digest(given.encode(), token.encode()):
            return response.json({"error": "a valid token is required"}, status=403)
        return None

    app.register_middleware(require_token, "request")
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=5055)
    args = parser.parse_args()
    if not os.environ.get("ACTION_TOKEN"):
        raise SystemExit("ACTION_TOKEN is not set: the action server does not start without a secret")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s - %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter())
    # one process, no worker processes: a supervisor that restarts it restarts all of it
    # (a killed main process of Sanic's multi-process mode leaves workers holding the port)
    app = create_app()
    app.prepare(host=os.environ.get("SANIC_HOST", "127.0.0.1"), port=args.port, single_process=True,
                access_log=False)
    Sanic.serve_single(primary=app)


if __name__ == "__main__":
    main()
