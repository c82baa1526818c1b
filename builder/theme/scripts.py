"""The theme's fonts per script: what the deck names and what the PDF embeds and layout measures
for Arabic-script text (Persian, Arabic), Hebrew, and CJK (Chinese, Japanese, Korean).

The deck names the fonts PowerPoint users have (Office's own theme fonts for these scripts:
Arial for Arabic and Hebrew, Microsoft YaHei for Chinese, Yu Gothic for Japanese) in the run's
complex-script (`<a:cs>`) or East Asian (`<a:ea>`) slot; PowerPoint shapes the text itself. The
PDF embeds free fonts from Debian's packages (Noto Sans Arabic and Noto Sans Hebrew, OFL-1.1, in
fonts-noto-core; Droid Sans Fallback, Apache-2.0, in fonts-droid-fallback: a TrueType CJK font,
which reportlab can embed where Noto Sans CJK's CFF outlines it cannot). These are not metric
twins of the named fonts, so layout measures the shaped text `scale` times wider for the deck:
a margin that keeps it fitting where PowerPoint draws it with the named font.
"""
from __future__ import annotations

from builder.records import frozen


@frozen
class ScriptFont:
    """One script's fonts: the deck's name for it (per language where that differs), its slot
    in a run's properties, the files the PDF embeds (regular, bold) and the margin."""

    script: str  # "arabic", "hebrew" or "cjk" (builder.outline.scripts)
    slot: str  # "cs" (complex script) or "ea" (East Asian)
    name: str  # the family the deck names
    twin: str  # the family the PDF embeds
    files: tuple[str, str]  # regular, bold (the same file when the family has no bold)
    package_hint: str
    scale: float = 1.0  # layout measures the deck's text this much wider (not metric twins)
    by_language: tuple[tuple[str, str], ...] = ()  # (BCP 47 primary subtag, deck's family)

    def deck_name(self, language: str = "") -> str:
        """The family the deck names for text in `language`."""
        primary = language.split("-")[0].lower()
        return next((name for lang, name in self.by_language if lang == primary), self.name)


NOTO = "fonts-noto-core"
SCRIPT_FONTS = (
    ScriptFont("arabic", "cs", "Arial", "Noto Sans Arabic",
               ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"), NOTO, scale=1.15),
    ScriptFont("hebrew", "cs", "Arial", "Noto Sans Hebrew",
               ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"), NOTO, scale=1.10),
    ScriptFont("cjk", "ea", "Microsoft YaHei", "Droid Sans Fallback",
               ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"), "fonts-droid-fallback",
               scale=1.05, by_language=(("ja", "Yu Gothic"), ("ko", "Malgun Gothic"))),
)


def script_font(fonts: tuple[ScriptFont, ...], script: str) -> ScriptFont | None:
    return next((f for f in fonts if f.script == script), None)
