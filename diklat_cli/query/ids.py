"""Visit ids as people type them: the whole id or, like git, a prefix only one id starts with."""

from __future__ import annotations

from collections.abc import Iterable

from diklat_cli.errors import NotFound
from diklat_cli.i18n import gettext as _


def match_id(prefix: str, ids: Iterable[str]) -> str:
    """The one id in `ids` that starts with `prefix` (any case); NotFound when none or several do.
    The caller checks an exact id first, which may be a prefix of another one."""
    key = prefix.strip().lower()
    if not key:
        raise NotFound(_("no visit id given"))
    matches = [i for i in ids if i.lower().startswith(key)]
    if not matches:
        raise NotFound(_("no visit with id {id}").format(id=prefix))
    if len(matches) > 1:
        shown = ", ".join(sorted(matches)[:5])
        if len(matches) > 5:
            shown += " " + _("and {count} more").format(count=len(matches) - 5)
        raise NotFound(_("id prefix '{prefix}' is ambiguous: {ids}").format(prefix=prefix, ids=shown))
    return matches[0]
