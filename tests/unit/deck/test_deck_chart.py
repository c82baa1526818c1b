"""The deck's native chart part, read back from its XML."""
import pytest
from lxml import etree

from builder.deck.chart import chart_parts
from builder.outline import model
from builder.theme import DEFAULT

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def chart_xml(kind, *values):
    series = tuple(model.Series(f"s{i}", v) for i, v in enumerate(values))
    xml, _ = chart_parts(model.Chart(kind, ("Alpha", "Beta"), series), DEFAULT, 12)
    return etree.fromstring(xml)


@pytest.mark.parametrize("kind", ["bar", "column", "stacked-bar", "stacked-column", "line"])
@pytest.mark.parametrize("values", [((-5.0, 3.0),), ((-1e15, -1e-15), (1e15, 0.0))])
def test_category_labels_sit_at_the_low_end_clear_of_negative_bars(kind, values):
    root = chart_xml(kind, *values)
    axis = root.find(f".//{C}catAx")
    assert axis.find(f"{C}tickLblPos").get("val") == "low"
    cached = [float(v.text) for v in root.iter(f"{C}v") if v.getparent().tag == f"{C}pt"
              and v.getparent().getparent().getparent().tag == f"{C}numRef"]
    assert cached == [v for s in values for v in s]
