"""``lox24 sandbox serve``: the in-memory sandbox over HTTP, for any client or language."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ._errors import ExitCode, fail

app = typer.Typer(
    name="sandbox",
    help="The local LOX24 sandbox.",
    no_args_is_help=True,
    add_completion=False,
)


@app.command(
    epilog="Example:  lox24 sandbox serve --port 8024  "
    "(then LOX24_BASE_URL=http://127.0.0.1:8024 lox24 account)"
)
def serve(
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to bind.")] = 8024,
    token: Annotated[
        str | None,
        typer.Option(help="The token clients must send (not printed).", show_default=False),
    ] = None,
    no_ip_block: Annotated[
        bool, typer.Option("--no-ip-block", help="Do not block IPs after repeated bad tokens.")
    ] = False,
    balance: Annotated[
        float | None,
        typer.Option(help="The account's balance in EUR, also after resets.", show_default="100"),
    ] = None,
    webhook_url: Annotated[
        list[str] | None,
        typer.Option(
            "--webhook-url",
            help="Post every webhook event to this URL, retrying as LOX24 does (repeatable).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the sandbox over HTTP until interrupted.

    It answers the whole LOX24 API from memory and validates every request against the spec.
    The banner shows its built-in public token (a token given with --token is not repeated),
    the inbox's address, and when wrong tokens block an address and how to lift the block.
    """
    try:
        import uvicorn  # noqa: F401, PLC0415 - only this command needs the server

        from lox24.sandbox import SANDBOX_TOKEN, Sandbox  # noqa: PLC0415
        from lox24.sandbox._serve import serve as serve_sandbox  # noqa: PLC0415
    except ImportError as error:
        fail(
            f"the sandbox needs extra packages: pip install 'lox24[cli]' ({error})", ExitCode.USAGE
        )
    options: dict[str, Any] = {} if balance is None else {"balance": balance}
    sandbox = Sandbox(token=token or SANDBOX_TOKEN, block_bad_auth=not no_ip_block, **options)
    for url in webhook_url or ():
        try:
            sandbox.webhooks.subscribe(url)
        except ValueError as error:
            fail(f"--webhook-url {url}: {error}", ExitCode.USAGE)
    shown = "the one given with --token" if token else sandbox.token
    print(banner(host, port, shown, ip_block=not no_ip_block), flush=True)
    serve_sandbox(sandbox, host=host, port=port)


def banner(host: str, port: int, token: str, *, ip_block: bool) -> str:
    """What ``sandbox serve`` prints first: the address and token, the inbox, the IP block."""
    from lox24.sandbox._http._auth import ip_block_note  # noqa: PLC0415 - with the sandbox

    url = f"http://{host}:{port}"
    lines = [
        f"LOX24 sandbox on {url}  token: {token}",
        f"Inbox: {url}/ in a browser (every SMS as its recipient sees it)",
        ip_block_note() if ip_block else "Wrong tokens never block an address (--no-ip-block).",
    ]
    return "\n".join(lines)
