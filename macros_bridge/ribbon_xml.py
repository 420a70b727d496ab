"""The ribbon's customUI XML (Office 2010+ schema, 2009/07 namespace) from :mod:`ribbon`."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from macros_bridge.ribbon import CALLBACK, GROUPS, TAB_ID, TAB_LABEL, Group

NAMESPACE = "http://schemas.microsoft.com/office/2009/07/customui"
#: Where the part lives in the package and how the package's root relationships name it.
PART_NAME = "customUI/customUI14.xml"
RELATIONSHIP_TYPE = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"


def ribbon_xml(groups: tuple[Group, ...] = GROUPS) -> bytes:
    """The customUI14 document: one tab, its groups, one button per macro."""
    ET.register_namespace("", NAMESPACE)

    def q(tag: str) -> str:
        return f"{{{NAMESPACE}}}{tag}"

    root = ET.Element(q("customUI"))
    tabs = ET.SubElement(ET.SubElement(root, q("ribbon")), q("tabs"))
    tab = ET.SubElement(tabs, q("tab"), {"id": TAB_ID, "label": TAB_LABEL})
    for group in groups:
        node = ET.SubElement(tab, q("group"), {"id": group.id, "label": group.label})
        for button in group.buttons:
            ET.SubElement(
                node,
                q("button"),
                {
                    "id": button.id,
                    "label": button.label,
                    "size": button.size,
                    "imageMso": button.image_mso,
                    "screentip": button.screentip,
                    "supertip": button.supertip,
                    "tag": button.tag,
                    "onAction": CALLBACK,
                },
            )
    ET.indent(root, space="  ")
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + body + b"\n"
