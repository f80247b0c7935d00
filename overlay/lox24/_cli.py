"""The ``lox24`` command line.

    lox24 sandbox serve [--host 127.0.0.1] [--port 8024] [--token TOKEN] [--no-ip-block]
                        [--webhook-url URL ...] [--balance AMOUNT]

Needs the ``sandbox`` extra (``pip install 'lox24[cli]'``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command != "sandbox" or args.action != "serve":
        parser.print_help()
        return 2
    return _serve(
        host=args.host,
        port=args.port,
        token=args.token,
        block=not args.no_ip_block,
        webhook_urls=args.webhook_url,
        balance=args.balance,
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lox24", description="LOX24 client tools.")
    commands = parser.add_subparsers(dest="command")
    sandbox = commands.add_parser("sandbox", help="the local LOX24 sandbox")
    actions = sandbox.add_subparsers(dest="action")
    serve = actions.add_parser("serve", help="serve the sandbox over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8024, help="port to bind (default 8024)")
    serve.add_argument("--token", default=None, help="the token clients must send")
    serve.add_argument(
        "--no-ip-block", action="store_true", help="do not block IPs after repeated bad tokens"
    )
    serve.add_argument(
        "--webhook-url",
        action="append",
        default=[],
        metavar="URL",
        help="post every webhook event to URL, retrying as LOX24 does (repeatable)",
    )
    serve.add_argument(
        "--balance",
        type=float,
        default=None,
        metavar="AMOUNT",
        help="the account's starting balance in EUR (default 100)",
    )
    return parser


def _serve(
    *,
    host: str,
    port: int,
    token: str | None,
    block: bool,
    webhook_urls: Sequence[str],
    balance: float | None = None,
) -> int:
    try:
        import uvicorn  # noqa: F401, PLC0415 - optional dependency, only this command needs it

        from .sandbox import SANDBOX_TOKEN, Sandbox  # noqa: PLC0415
        from .sandbox._serve import serve  # noqa: PLC0415
    except ImportError as error:
        print(
            f"the sandbox needs extra packages: pip install 'lox24[cli]' ({error})", file=sys.stderr
        )
        return 1
    sandbox = Sandbox(token=token or SANDBOX_TOKEN, block_bad_auth=block)
    if balance is not None:
        sandbox.set_balance(balance)
    # The built-in token is public; a token given on the command line is not repeated.
    shown = "the one given with --token" if token else sandbox.token
    print(f"LOX24 sandbox on http://{host}:{port}  token: {shown}", flush=True)
    try:
        serve(sandbox, host=host, port=port, webhook_urls=webhook_urls)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    return 0
