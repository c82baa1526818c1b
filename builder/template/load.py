"""A template file read once, checked, and kept while it is unchanged (the watch path).

A template is the user's .pptx or .potx. What cannot be used as one is a `TemplateError` that
says why, before anything is built or written.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from builder.diagnostics import BuildError
from builder.template.presentation import CT_MAIN, CT_TEMPLATE_MAIN, Template
from builder.template.opc import RT_OFFICE_DOCUMENT, Package


class TemplateError(BuildError):
    """A file that cannot be used as a template; the message names the file and the reason."""


class TemplateCache:
    """Templates by path, read again only when the file changes (size or modification time)."""

    def __init__(self):
        self._cache: dict[Path, tuple[tuple[int, int], Template]] = {}

    def get(self, path: Path) -> Template:
        path = path.resolve()
        try:
            stat = path.stat()
        except OSError as err:
            raise TemplateError(f"{path}: cannot read the template: {err.strerror}") from None
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = self._cache.get(path)
        if cached is None or cached[0] != stamp:
            self._cache[path] = (stamp, read_template(path))
        return self._cache[path][1]


def read_template(path: Path) -> Template:
    """The template at `path`, or a TemplateError saying why it cannot be one."""
    if not path.is_file():
        raise TemplateError(f"{path}: no such template file")
    try:
        package = Package.read(path)
    except (zipfile.BadZipFile, KeyError, OSError) as err:
        raise TemplateError(f"{path}: not a PowerPoint file (.pptx or .potx): {err}") from None
    template = Template(package)
    try:
        check_template(template, path)
    except (KeyError, IndexError, ValueError, etree.XMLSyntaxError) as err:
        raise TemplateError(f"{path}: the template is damaged (a part or relationship it names "
                            f"is missing or unreadable: {err})") from None
    return template


def check_template(template: Template, path: Path) -> None:
    """A presentation (or presentation template) with at least one slide master and layout."""
    mains = template.package.related("", RT_OFFICE_DOCUMENT)
    main = mains[0] if mains else None
    kind = template.package.types.of(main) if main else None
    if kind not in (CT_MAIN, CT_TEMPLATE_MAIN):
        raise TemplateError(f"{path}: not a PowerPoint presentation or template (its main part "
                            f"is {kind or 'missing'})")
    if not template.masters:
        raise TemplateError(f"{path}: the template has no slide master")
    if not template.layouts:
        raise TemplateError(f"{path}: the template has no slide layouts")
