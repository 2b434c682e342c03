"""Read models: what the window shows, as frozen snapshots.

Widgets never open a session or see an ORM object: they call these
functions with the open journal and get plain, immutable values back (safe
to keep in an item model or hand to another thread). One module per area.
"""
