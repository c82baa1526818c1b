"""Layout names in the languages templates are saved in, for finding a layout by name.

A layout's name is whatever PowerPoint called it in the language of the copy that made the
template: "Nur Titel" in a German template, "Jenom nadpis" in a Czech one. The names below are
PowerPoint's own localised names for its built-in layouts (the names its Office theme gives them
in each language edition, as they appear in templates saved by those editions; the Czech ones as
in ../shared/templates/forlegal_16x9_cs.pptx), plus the names LibreOffice Impress gives the same
layouts when it saves a .pptx ("Title, Content", "Blank Slide").

Names are compared after `normalise`: case, spaces and PowerPoint's "2_" copy prefix do not count.
"""
from __future__ import annotations

import re
import unicodedata

# role -> language -> names. Roles are the built-in layouts we look for by name.
LAYOUT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "Title Slide": {
        "English": ("Title Slide",), "German": ("Titelfolie",),
        "French": ("Diapositive de titre",), "Spanish": ("Diapositiva de título",),
        "Portuguese": ("Diapositivo de Título", "Slide de Título"), "Czech": ("Úvodní snímek",),
        "Chinese": ("标题幻灯片", "標題投影片"), "Japanese": ("タイトル スライド",),
        "Italian": ("Diapositiva titolo",), "Dutch": ("Titeldia",), "Polish": ("Slajd tytułowy",),
    },
    "Title and Content": {
        "English": ("Title and Content", "Title, Content"), "German": ("Titel und Inhalt",),
        "French": ("Titre et contenu",), "Spanish": ("Título y objetos", "Título y contenido"),
        "Portuguese": ("Título e Conteúdo", "Título e Objeto"), "Czech": ("Nadpis a obsah",),
        "Chinese": ("标题和内容", "標題及內容"), "Japanese": ("タイトルとコンテンツ",),
        "Italian": ("Titolo e contenuto",), "Dutch": ("Titel en object",),
        "Polish": ("Tytuł i zawartość",),
    },
    "Section Header": {
        "English": ("Section Header",), "German": ("Abschnittsüberschrift",),
        "French": ("Titre de section",), "Spanish": ("Encabezado de sección",),
        "Portuguese": ("Cabeçalho da Secção", "Cabeçalho da Seção"), "Czech": ("Záhlaví oddílu",),
        "Chinese": ("节标题", "區段標題"), "Japanese": ("セクション見出し",),
        "Italian": ("Intestazione sezione",), "Dutch": ("Sectiekop",),
        "Polish": ("Nagłówek sekcji",),
    },
    "Two Content": {
        "English": ("Two Content", "Title, 2 Content"), "German": ("Zwei Inhalte",),
        "French": ("Deux contenus",), "Spanish": ("Dos objetos", "Dos contenidos"),
        "Portuguese": ("Dois Conteúdos", "Duas Partes de Conteúdo"), "Czech": ("Dva obsahy",),
        "Chinese": ("两栏内容", "兩項物件"), "Japanese": ("2 つのコンテンツ",),
        "Italian": ("Due contenuti",), "Dutch": ("Twee objecten",),
        "Polish": ("Dwa elementy zawartości",),
    },
    "Comparison": {
        "English": ("Comparison",), "German": ("Vergleich",), "French": ("Comparaison",),
        "Spanish": ("Comparación",), "Portuguese": ("Comparação",), "Czech": ("Porovnání",),
        "Chinese": ("比较", "比對"), "Japanese": ("比較",), "Italian": ("Confronto",),
        "Dutch": ("Vergelijking",), "Polish": ("Porównanie",),
    },
    "Title Only": {
        "English": ("Title Only",), "German": ("Nur Titel",), "French": ("Titre seul",),
        "Spanish": ("Solo el título", "Sólo el título"),
        "Portuguese": ("Só Título", "Somente Título", "Apenas Título"), "Czech": ("Jenom nadpis",),
        "Chinese": ("仅标题", "只有標題"), "Japanese": ("タイトルのみ",), "Italian": ("Solo titolo",),
        "Dutch": ("Alleen titel",), "Polish": ("Tylko tytuł",),
    },
    "Blank": {
        "English": ("Blank", "Blank Slide"), "German": ("Leer",), "French": ("Vide",),
        "Spanish": ("En blanco",), "Portuguese": ("Em branco", "Em Branco"), "Czech": ("Prázdný",),
        "Chinese": ("空白",), "Japanese": ("白紙",), "Italian": ("Vuota",), "Dutch": ("Leeg",),
        "Polish": ("Pusty",),
    },
}

_COPY_PREFIX = re.compile(r"^\d+_")  # PowerPoint names a copied layout "1_Title Only"


def normalise(name: str) -> str:
    """A layout name as compared: NFC, without the copy prefix, spaces or case."""
    name = _COPY_PREFIX.sub("", unicodedata.normalize("NFC", name.strip()))
    return "".join(name.split()).casefold()


_INDEX = {normalise(name): (role, language)
          for role, languages in LAYOUT_NAMES.items()
          for language, names in languages.items() for name in names}


def role_of(name: str) -> tuple[str, str] | None:
    """(role, language) of a layout name: ("Title Only", "German") for "Nur Titel"; else None."""
    return _INDEX.get(normalise(name))
