"""The inbox (the Dev Phone): a web app at ``/`` showing every SMS as its recipient's phone would.

* ``_threads``: :class:`ThreadIndex`, the conversations by recipient, kept up incrementally;
* ``_reader``: what each view shows, read from the sandbox under its lock;
* ``_access``: open on loopback, behind a login with the token elsewhere;
* ``_live``: the server-sent events that tell open pages something changed;
* ``_routes``: the ASGI app serving the page, its fragments, static files and event stream;
* ``templates/`` and ``static/``: the Jinja2 templates, the script and the style sheet.

The page calls the ``/_sandbox`` control routes for what the developer does (reply, delivery
report, click, clock, faults, redelivery); this package only reads. It is the top layer: it may
import ``_controls``, ``_webhooks``, ``_http``, ``_handlers``, ``_state`` and ``_api``.
"""
