"""The API as the bundled spec describes it, and the vocabulary every other layer speaks.

* ``_extra``: the libraries of the ``sandbox`` extra, checked first, naming the extra if missing;
* ``_spec``: the OpenAPI document, found and parsed once per process;
* ``_operations``: its operations indexed by method and path, with parameters and body;
* ``_schemas`` and ``_fastcheck``: the schemas compiled into validators (a fast path for
  simple ones); ``_problems``: a failed validation sorted into a 400 or a 422 naming the field;
* ``_query``: path and query strings turned into typed values by their schemas;
* ``_errors``: :class:`ApiError` and :class:`Violation`, the refusals and their bodies;
* ``_replies``: what a handler answers, before it is rendered;
* ``_types``: names for values whose shape is only known at run time.

It imports nothing else of the sandbox.
"""
