"""The sandbox's own endpoints under ``/_sandbox``, and the simulations behind ``Sandbox.simulate``.

* ``_routes``: every control route and ``/openapi.json`` (reset, clock, recorded requests);
* ``_controls_account``, ``_controls_faults``, ``_controls_links``, ``_controls_messaging``,
  ``_controls_webhooks``: the routes of one concern each;
* ``_simulate``: :class:`Simulator` (``Sandbox.simulate``), made of ``_simulate_links``
  (clicks, subscriptions), ``_simulate_messaging`` (incoming SMS, replies) and
  ``_simulate_webhooks`` (delivery reports, redeliveries) on ``_simulate_base``.

It may import ``_webhooks``, ``_http``, ``_handlers``, ``_state`` and ``_api``.
"""
