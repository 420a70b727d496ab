"""Round 27 (s27a): a seeded sample of ordinary workbooks written as local PMs of the major
business languages write them, scored before and after a change of the vocabularies.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/adopt_local_words.py [--seed N] [--per 4]

For each of French, German, Spanish, Portuguese, Italian and Dutch it writes ``--per`` risk
registers and ``--per`` milestone trackers. Each header is drawn from the words a PM of that
language really writes for the column's concept (the local register's words, abbreviations,
the local tools' export names, compounds), each value from the local statuses, scales and
RAG words. It is no copy of any benchmark batch: its pools are its own, and a workbook is a
random draw of them. Facts scored per workbook: the register found, each column mapped to
its standard field, and each cell of the list fields (status, probability, impact, RAG)
read as its English twin is (the same value written in English words, adopted the same
way). Prints the facts right per language and each miss.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from addin.adopt import adopt_host, open_source
from addin.standards import default_standards

#: The header words of each column, per language: (standard field, [words a PM writes]).
RISK_HEADERS: dict[str, list[tuple[str, list[str]]]] = {
    "fr": [
        ("id", ["N°", "Réf.", "ID", "Référence"]),
        ("title", ["Intitulé", "Libellé", "Titre", "Désignation"]),
        ("owner", ["Responsable", "Pilote", "Porteur", "Resp.", "Référent", "Attribué à"]),
        ("probability", ["Probabilité", "Proba.", "Occurrence"]),
        ("impact", ["Impact", "Gravité"]),
        ("status", ["Statut", "État"]),
        ("response", ["Plan d'action", "Actions", "Mesures", "Parade", "Plan de traitement"]),
        ("raised_date", ["Date d'identification", "Date de création", "Date de saisie"]),
    ],
    "de": [
        ("id", ["Nr.", "Lfd. Nr.", "Risiko-Nr.", "ID"]),
        ("title", ["Titel", "Bezeichnung", "Risikobezeichnung", "Kurzbeschreibung"]),
        ("owner", ["Verantwortlich", "Verantw.", "Risikoeigner", "Zuständig", "Wer"]),
        ("probability", ["Wahrscheinlichkeit", "EW", "W'keit", "Eintrittswahrscheinlichkeit"]),
        ("impact", ["Auswirkung", "Schadensausmaß", "Ausmaß", "Tragweite"]),
        ("status", ["Status", "Bearbeitungsstand"]),
        ("response", ["Maßnahmen", "Gegenmaßnahmen", "Maßnahme"]),
        ("raised_date", ["Erfasst am", "Erstellt am", "Aufgenommen am", "Erkannt am"]),
    ],
    "es": [
        ("id", ["Nº", "Código", "Folio", "ID"]),
        ("title", ["Título", "Nombre", "Denominación"]),
        ("owner", ["Responsable", "Resp.", "Encargado", "Asignado a", "Dueño del riesgo"]),
        ("probability", ["Probabilidad", "Prob."]),
        ("impact", ["Impacto", "Consecuencia"]),
        ("status", ["Estado", "Estatus", "Situación"]),
        ("response", ["Plan de acción", "Acciones", "Medidas", "Plan de mitigación"]),
        ("raised_date", ["Fecha de identificación", "Fecha de alta", "Fecha de detección"]),
    ],
    "pt": [
        ("id", ["Nº", "ID", "Código", "Ref."]),
        ("title", ["Título", "Nome", "Designação"]),
        ("owner", ["Responsável", "Resp.", "Dono do risco", "Atribuído a"]),
        ("probability", ["Probabilidade", "Prob."]),
        ("impact", ["Impacto", "Consequência"]),
        ("status", ["Status", "Estado", "Situação"]),
        ("response", ["Plano de ação", "Ações", "Contramedida", "Plano de resposta"]),
        ("raised_date", ["Data de identificação", "Data de abertura", "Data de criação"]),
    ],
    "it": [
        ("id", ["N°", "ID", "Codice", "Rif."]),
        ("title", ["Titolo", "Oggetto", "Denominazione"]),
        ("owner", ["Responsabile", "Resp.", "Referente", "Assegnatario", "Incaricato"]),
        ("probability", ["Probabilità", "Prob."]),
        ("impact", ["Impatto", "Gravità"]),
        ("status", ["Stato"]),
        ("response", ["Azioni", "Piano d'azione", "Contromisure", "Risposta"]),
        ("raised_date", ["Data apertura", "Data rilevazione", "Data identificazione"]),
    ],
    "nl": [
        ("id", ["Nr.", "Nummer", "Volgnr.", "Kenmerk"]),
        ("title", ["Titel", "Onderwerp", "Naam"]),
        ("owner", ["Eigenaar", "Risico-eigenaar", "Actiehouder", "Trekker", "Verantw."]),
        ("probability", ["Kans", "Waarschijnlijkheid"]),
        ("impact", ["Impact", "Gevolg", "Gevolgen"]),
        ("status", ["Status"]),
        ("response", ["Maatregelen", "Beheersmaatregelen", "Tegenmaatregel", "Acties"]),
        ("raised_date", ["Datum gemeld", "Datum melding", "Meldingsdatum", "Datum ingebracht"]),
    ],
}

MILESTONE_HEADERS: dict[str, list[tuple[str, list[str]]]] = {
    "fr": [
        ("milestone", ["Jalon", "Livrable"]),
        ("baseline_date", ["Date prévue", "Date initiale", "Date de référence"]),
        ("forecast_date", ["Date prévisionnelle", "Date révisée"]),
        ("actual_date", ["Date réelle", "Réalisé le", "Date de réalisation"]),
        ("status", ["Statut", "Météo"]),
        ("owner", ["Responsable", "Pilote"]),
    ],
    "de": [
        ("milestone", ["Meilenstein"]),
        ("baseline_date", ["Plantermin", "Basistermin", "Plandatum"]),
        ("forecast_date", ["Prognose", "Prognosetermin"]),
        ("actual_date", ["Ist-Termin", "Isttermin", "Erreicht am"]),
        ("status", ["Status", "Ampel"]),
        ("owner", ["Verantwortlich", "Verantw."]),
    ],
    "es": [
        ("milestone", ["Hito", "Entregable"]),
        ("baseline_date", ["Fecha planificada", "Fecha prevista", "Fecha base"]),
        ("forecast_date", ["Fecha estimada", "Fecha pronosticada"]),
        ("actual_date", ["Fecha real"]),
        ("status", ["Estado", "Estatus", "Semáforo"]),
        ("owner", ["Responsable", "Encargado"]),
    ],
    "pt": [
        ("milestone", ["Marco", "Entregável"]),
        ("baseline_date", ["Data planejada", "Data prevista", "Data prevista de conclusão"]),
        ("forecast_date", ["Data estimada"]),
        ("actual_date", ["Data real", "Data de conclusão"]),
        ("status", ["Status", "Farol"]),
        ("owner", ["Responsável"]),
    ],
    "it": [
        ("milestone", ["Milestone", "Traguardo"]),
        ("baseline_date", ["Data pianificata", "Data prevista"]),
        ("forecast_date", ["Data stimata"]),
        ("actual_date", ["Data effettiva", "Data di completamento"]),
        ("status", ["Stato", "Semaforo"]),
        ("owner", ["Responsabile", "Referente"]),
    ],
    "nl": [
        ("milestone", ["Mijlpaal"]),
        ("baseline_date", ["Geplande datum", "Plandatum"]),
        ("forecast_date", ["Verwachte datum", "Prognose"]),
        ("actual_date", ["Werkelijke datum"]),
        ("status", ["Status"]),
        ("owner", ["Eigenaar", "Verantwoordelijke", "Trekker"]),
    ],
}

#: Each value's local words and its English twin: (English, [local words]).
SCALE = {
    "fr": [
        ("High", ["Élevé", "Fort", "Forte"]),
        ("Medium", ["Moyen", "Modéré"]),
        ("Low", ["Faible"]),
    ],
    "de": [("High", ["Hoch"]), ("Medium", ["Mittel"]), ("Low", ["Niedrig", "Gering"])],
    "es": [("High", ["Alto", "Alta"]), ("Medium", ["Medio", "Media"]), ("Low", ["Bajo", "Baja"])],
    "pt": [("High", ["Alto", "Alta"]), ("Medium", ["Médio", "Média"]), ("Low", ["Baixo", "Baixa"])],
    "it": [("High", ["Alto", "Alta"]), ("Medium", ["Medio", "Media"]), ("Low", ["Basso", "Bassa"])],
    "nl": [("High", ["Hoog"]), ("Medium", ["Middel", "Gemiddeld"]), ("Low", ["Laag"])],
}
RISK_STATUS = {
    "fr": [("Open", ["Ouvert", "En cours"]), ("Closed", ["Clos", "Soldé", "Fermé"])],
    "de": [("Open", ["Offen", "In Bearbeitung"]), ("Closed", ["Geschlossen", "Erledigt"])],
    "es": [("Open", ["Abierto", "En curso"]), ("Closed", ["Cerrado", "Cerrada"])],
    "pt": [
        ("Open", ["Aberto", "Em andamento", "Em execução"]),
        ("Closed", ["Encerrado", "Fechado"]),
    ],
    "it": [("Open", ["Aperto", "In corso"]), ("Closed", ["Chiuso", "Chiusa"])],
    "nl": [("Open", ["Open", "Lopend"]), ("Closed", ["Gesloten", "Afgehandeld"])],
}
MILESTONE_STATUS = {
    "fr": [("Complete", ["Terminé", "Réalisé", "Atteint"]), ("In Progress", ["En cours"])],
    "de": [("Complete", ["Erreicht", "Abgeschlossen"]), ("In Progress", ["In Arbeit"])],
    "es": [("Complete", ["Completado", "Cumplido", "Finalizado"]), ("In Progress", ["En curso"])],
    "pt": [("Complete", ["Concluído", "Atingido"]), ("In Progress", ["Em andamento"])],
    "it": [("Complete", ["Completato", "Raggiunto", "Concluso"]), ("In Progress", ["In corso"])],
    "nl": [("Complete", ["Behaald", "Gereed"]), ("In Progress", ["Lopend"])],
}
RAG = {
    "fr": [("Green", ["Vert"]), ("Amber", ["Orange"]), ("Red", ["Rouge"])],
    "de": [("Green", ["Grün"]), ("Amber", ["Gelb"]), ("Red", ["Rot"])],
    "es": [("Green", ["Verde"]), ("Amber", ["Amarillo"]), ("Red", ["Rojo"])],
    "pt": [("Green", ["Verde"]), ("Amber", ["Amarelo"]), ("Red", ["Vermelho"])],
    "it": [("Green", ["Verde"]), ("Amber", ["Giallo"]), ("Red", ["Rosso"])],
    "nl": [("Green", ["Groen"]), ("Amber", ["Oranje"]), ("Red", ["Rood"])],
}
#: Words that say the status column holds RAG colours rather than states.
RAG_HEADERS = {"Météo", "Ampel", "Semáforo", "Farol", "Semaforo"}
SHEETS = {
    "fr": ("Risques", "Jalons"),
    "de": ("Risiken", "Meilensteine"),
    "es": ("Riesgos", "Hitos"),
    "pt": ("Riscos", "Marcos"),
    "it": ("Rischi", "Milestone"),
    "nl": ("Risico's", "Mijlpalen"),
}
PEOPLE = [
    "Claire Dubois",
    "Jonas Weber",
    "Lucía Gómez",
    "Rafael Souza",
    "Giulia Conti",
    "Sanne de Vries",
]
LIST_FIELDS = ("status", "probability", "impact")


@dataclass
class Sample:
    """One workbook: its local rows and its English twin's, and each column's field."""

    name: str
    language: str
    register: str
    sheet: str
    local: list[list[object]]
    english: list[list[object]]
    fields: list[str]


def _english_header(field: str) -> str:
    return {
        "id": "ID",
        "title": "Title",
        "owner": "Owner",
        "probability": "Probability",
        "impact": "Impact",
        "status": "Status",
        "response": "Mitigation",
        "raised_date": "Date Raised",
        "milestone": "Milestone",
        "baseline_date": "Baseline Date",
        "forecast_date": "Forecast Date",
        "actual_date": "Actual Date",
    }[field]


def _pick(rng: random.Random, pool: list[tuple[str, list[str]]]) -> tuple[str, str]:
    english, words = rng.choice(pool)
    return english, rng.choice(words)


def risk_register(rng: random.Random, lang: str, n: int) -> Sample:
    columns = [(f, rng.choice(words)) for f, words in RISK_HEADERS[lang]]
    local: list[list[object]] = [[h for _, h in columns]]
    english: list[list[object]] = [[_english_header(f) for f, _ in columns]]
    start = date(2026, 1, 5) + timedelta(days=rng.randrange(60))
    for r in range(rng.randint(5, 8)):
        row_l: list[object] = []
        row_e: list[object] = []
        for f, _ in columns:
            if f == "id":
                value: tuple[object, object] = (f"R-{r + 1:02d}", f"R-{r + 1:02d}")
            elif f == "title":
                value = (f"{lang.upper()} risque {r + 1}", f"{lang.upper()} risque {r + 1}")
            elif f == "owner":
                person = rng.choice(PEOPLE)
                value = (person, person)
            elif f in ("probability", "impact"):
                value = _pick(rng, SCALE[lang])[::-1]
            elif f == "status":
                value = _pick(rng, RISK_STATUS[lang])[::-1]
            elif f == "response":
                text = f"Mesure {r + 1} / Maßnahme {r + 1}"
                value = (text, text)
            else:
                day = start + timedelta(days=7 * r)
                value = (day, day)
            row_l.append(value[0])
            row_e.append(value[1])
        local.append(row_l)
        english.append(row_e)
    return Sample(
        f"{lang}_risks_{n}", lang, "risks", SHEETS[lang][0], local, english, [f for f, _ in columns]
    )


def milestone_tracker(rng: random.Random, lang: str, n: int) -> Sample:
    columns = [(f, rng.choice(words)) for f, words in MILESTONE_HEADERS[lang]]
    rag = any(h in RAG_HEADERS for _, h in columns)
    local: list[list[object]] = [[h for _, h in columns]]
    english: list[list[object]] = [
        [("RAG" if f == "status" and rag else _english_header(f)) for f, _ in columns]
    ]
    base = date(2026, 2, 2) + timedelta(days=rng.randrange(40))
    for r in range(rng.randint(5, 8)):
        row_l: list[object] = []
        row_e: list[object] = []
        planned = base + timedelta(days=21 * r)
        done = r < 3
        for f, _ in columns:
            if f == "milestone":
                value: tuple[object, object] = (f"Phase {r + 1}", f"Phase {r + 1}")
            elif f == "baseline_date":
                value = (planned, planned)
            elif f == "forecast_date":
                day = planned + timedelta(days=rng.choice([0, 3, 7]))
                value = (day, day)
            elif f == "actual_date":
                day = planned + timedelta(days=2)
                value = (day, day) if done else (None, None)
            elif f == "status":
                pool = RAG[lang] if rag else MILESTONE_STATUS[lang]
                english_word, words = pool[0] if done else rng.choice(pool[1:] or pool)
                value = (rng.choice(words), english_word)
            else:
                person = rng.choice(PEOPLE)
                value = (person, person)
            row_l.append(value[0])
            row_e.append(value[1])
        local.append(row_l)
        english.append(row_e)
    return Sample(
        f"{lang}_milestones_{n}",
        lang,
        "milestones",
        SHEETS[lang][1],
        local,
        english,
        [f for f, _ in columns],
    )


def samples(seed: int, per: int) -> list[Sample]:
    rng = random.Random(seed)
    out: list[Sample] = []
    for lang in RISK_HEADERS:
        for n in range(per):
            out.append(risk_register(rng, lang, n))
            out.append(milestone_tracker(rng, lang, n))
    return out


def _write(path: Path, sheet: str, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    ws.append([f"{sheet} 2026"])
    ws.append([])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _adopted(path: Path) -> tuple[list[str | None], dict[str, str | None], dict[str, list[object]]]:
    adoption = adopt_host(open_source(path), default_standards())
    tables = adoption.report.adopted_tables
    targets = {c.header: c.target for t in tables for c in t.columns}
    values: dict[str, list[object]] = {}
    for register in {t.register for t in tables if t.register}:
        for item in adoption.project.items(register):
            dumped = item.model_dump()
            for key in ("status", "probability", "impact", "rag"):
                if key in dumped:
                    values.setdefault(key, []).append(dumped[key])
    return [t.register for t in tables], targets, values


def score(sample: Sample, folder: Path) -> tuple[int, int, list[str]]:
    """(facts right, facts, misses) of one sample."""
    local = _adopted(_write(folder / f"{sample.name}.xlsx", sample.sheet, sample.local))
    twin = _adopted(_write(folder / f"{sample.name}_en.xlsx", sample.sheet, sample.english))
    right, total, misses = 0, 1, []
    if local[0] == [sample.register]:
        right += 1
    else:
        misses.append(f"register {local[0]} (expected {sample.register})")
    for header, field in zip(sample.local[0], sample.fields, strict=True):
        total += 1
        got = local[1].get(str(header))
        want = twin[1].get(_english_header(field)) or twin[1].get("RAG")
        want = want if want is not None else field
        if got == want:
            right += 1
        else:
            misses.append(f"column {header!r} -> {got} (expected {want})")
    for key, expected in twin[2].items():
        got_values = local[2].get(key, [None] * len(expected))
        for n, value in enumerate(expected):
            total += 1
            got_value = got_values[n] if n < len(got_values) else None
            if got_value == value:
                right += 1
            else:
                misses.append(f"{key} row {n + 1}: {got_value!r} (expected {value!r})")
    return right, total, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--per", type=int, default=4)
    args = parser.parse_args(argv)
    by_language: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for sample in samples(args.seed, args.per):
            right, total, misses = score(sample, Path(folder))
            tally = by_language.setdefault(sample.language, [0, 0])
            tally[0] += right
            tally[1] += total
            for miss in misses:
                print(f"  {sample.name}: {miss}")
    for lang, (right, total) in by_language.items():
        print(f"{lang}: {right}/{total}")
    right = sum(t[0] for t in by_language.values())
    total = sum(t[1] for t in by_language.values())
    print(f"all: {right}/{total} ({100 * right / total:.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
