"""The sandbox's data and how it changes with the sandbox clock, without any HTTP.

* ``_store``: the account's data (balance, groups, phones, bulks, and the parts below);
  ``_clock``: :class:`SandboxClock`; ``_ids``: UUIDs; ``_events``: the webhook event log;
* SMS: ``_sms_compose`` (a request body to an SMS: refusals, links, parts, price) with
  ``_sms_text``, ``_sms_country`` and ``_phonenumbers``; ``_sms_lifecycle`` (delivery reports
  on the clock); ``_messaging`` (SMS, blocked numbers, incoming messages); ``_messages_inbox``
  (incoming SMS and replies);
* bulks: ``_bulk_plan`` (each message's recipient, text, parts and price), ``_bulk_fanout``
  (charging and creating them), ``_lifecycle`` (a bulk's state on the clock);
* ``_catch_up``: applies what the due queue holds up to the clock's now;
* links: ``_linking`` (campaigns, short links, clicks, placeholders), ``_link_rows``,
  ``_link_forms`` ((un)subscription forms), ``_clicks`` and ``_click_agents`` (a click);
* ``_fraud`` and ``_fraud_results``: fraud checks and what they find;
* ``_indexed`` and ``_collection``: collections kept in indexes, and the one engine that
  filters, orders and pages them from the spec's ``x-filter``/``x-order``; ``_runs``: a
  shallow page of several indexed values, merged only up to the page's end; ``_listings``:
  every other listed collection, declared in one table and kept in its listing's order.

It may import ``_api`` only.
"""
