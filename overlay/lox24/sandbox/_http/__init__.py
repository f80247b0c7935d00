"""Serving the API: one request from its bytes to its answer, and what one sandbox holds.

* ``_core``: :class:`SandboxCore`, everything one sandbox holds (token, clock, store, spec
  index, lock, auth guard, limits, faults, request log);
* ``_dispatch``: match, authenticate (``_auth``), negotiate (``_negotiation``), read the body
  (``_incoming``, ``_limits``), validate, bring phone numbers into E.164 (``_input_phones``),
  call the handler under the first-come-first-served lock (``_fairlock``), on the event loop
  or, for a long request, in a worker thread (``_inline`` decides);
* ``_middleware``: request ids, the request log, the 500 problem;
* ``_faults`` and ``_fault_middleware``: injected faults (``Sandbox.faults``), and
  ``_transport``: the in-process httpx transports that turn them into network errors;
* ``_render`` and ``_hydra``: JSON or JSON-LD answers, Hydra collections.

It may import ``_handlers``, ``_state`` and ``_api``.
"""
