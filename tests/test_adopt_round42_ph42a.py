"""Round 42 (task ph42a): the phrasings a PMO of each European language writes for the
standard's fields and values. Each language's register is built here as its PM would
write it, with the fuller phrases, verb forms, abbreviations and statuses written as
phrases that did not read before (``Date prévue initialement``, ``Zu erledigen bis``,
``Résolu le``, ``Wird beobachtet``), adopted, and its fields and values asserted; a phrase
that means two things (``Fecha prevista``: planned or expected) keeps its first reading."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.languages import translate
from addin.adopt.match import candidates, normalise_header
from tests.adopt_sheets import adopt, book, field, only, targets

_D1, _D2, _D3 = datetime(2026, 3, 2), datetime(2026, 4, 15), datetime(2026, 5, 29)


@dataclass(frozen=True)
class Register:
    """A register of one language: its sheet, headers, two rows, the register it must be
    read as, the field each header must map to, and the values of some fields."""

    language: str
    sheet: str
    register: str
    header: list[str]
    rows: list[list[object]]
    mapped: dict[str, str]
    values: dict[str, list[object]]


REGISTERS = [
    Register(
        "fr",
        "Problèmes",
        "issues",
        [
            "N°",
            "Objet",
            "Qui s'en charge",
            "Remonté le",
            "À résoudre avant le",
            "Résolu le",
            "Statut",
        ],
        [
            [
                1,
                "Retard de livraison des serveurs",
                "Claire Martin",
                _D1,
                _D2,
                None,
                "En cours de traitement",
            ],
            [2, "Licences manquantes", "Paul Durand", _D1, _D2, _D3, "Corrigé"],
        ],
        {
            "Qui s'en charge": "owner",
            "Remonté le": "raised_date",
            "À résoudre avant le": "due_date",
            "Résolu le": "closed_date",
        },
        {"status": ["In Progress", "Resolved"], "closed_date": [None, date(2026, 5, 29)]},
    ),
    Register(
        "de",
        "Risiken",
        "risks",
        [
            "Nr.",
            "Risikobezeichnung",
            "Eintrittswahrsch.",
            "Auswirkung",
            "Maßnahmen zur Risikominderung",
            "Verantwortlich",
            "Datum der Erfassung",
            "Status",
        ],
        [
            [
                1,
                "Lieferverzug Server",
                "Hoch",
                "Mittel",
                "Zweitlieferant anfragen",
                "Jana Vogel",
                _D1,
                "Wird beobachtet",
            ],
            [
                2,
                "Schlüsselperson fällt aus",
                "Niedrig",
                "Hoch",
                "Vertretung einarbeiten",
                "Uwe Brandt",
                _D2,
                "Aktiv",
            ],
        ],
        {
            "Eintrittswahrsch.": "probability",
            "Maßnahmen zur Risikominderung": "response",
            "Datum der Erfassung": "raised_date",
        },
        {"status": ["Monitoring", "Open"]},
    ),
    Register(
        "es",
        "Hitos",
        "milestones",
        ["Hito", "Responsable", "Fecha planificada", "Nueva fecha", "Completado el", "Estado"],
        [
            ["Firma del contrato", "Lucía Gómez", _D1, _D1, _D1, "Logrado"],
            ["Puesta en marcha", "Andrés Ruiz", _D2, _D3, None, "Con retraso"],
        ],
        {"Nueva fecha": "forecast_date", "Completado el": "actual_date"},
        {"status": ["Complete", "Late"], "forecast_date": [date(2026, 3, 2), date(2026, 5, 29)]},
    ),
    Register(
        "it",
        "Decisioni",
        "decisions",
        ["N.", "Decisione presa", "Organo decisionale", "Deciso il", "Motivazione"],
        [
            [1, "Adottare il cloud pubblico", "Comitato guida", _D1, "Costi inferiori"],
            [2, "Rinviare il rilascio", "Sponsor", _D2, "Test non completati"],
        ],
        {
            "Decisione presa": "decision",
            "Organo decisionale": "made_by",
            "Deciso il": "date",
        },
        {"made_by": ["Comitato guida", "Sponsor"]},
    ),
    Register(
        "pt",
        "Premissas",
        "assumptions",
        [
            "Nº",
            "Premissa",
            "Responsável",
            "A confirmar até",
            "Grau de certeza",
            "Impacto caso seja falsa",
            "Estado",
        ],
        [
            [
                1,
                "O fornecedor entrega em março",
                "Rita Sousa",
                _D1,
                "Alta",
                "Atraso de um mês",
                "Confirmada",
            ],
            [2, "A equipa mantém-se estável", "João Lima", _D2, "Média", "Custos sobem", "Aberta"],
        ],
        {
            "A confirmar até": "validate_by",
            "Grau de certeza": "confidence",
            "Impacto caso seja falsa": "impact_if_false",
        },
        {"status": ["Validated", "Open"]},
    ),
    Register(
        "pl",
        "Problemy",
        "issues",
        ["Lp.", "Temat", "Odpow.", "Zgłoszono", "Do kiedy", "Rozwiązano", "Pilność", "Status"],
        [
            [1, "Brak licencji", "Anna Nowak", _D1, _D2, None, "Wysoka", "W trakcie realizacji"],
            [
                2,
                "Awaria serwera testowego",
                "Piotr Zieliński",
                _D1,
                _D2,
                _D3,
                "Niska",
                "Rozwiązane",
            ],
        ],
        {
            "Odpow.": "owner",
            "Zgłoszono": "raised_date",
            "Do kiedy": "due_date",
            "Rozwiązano": "closed_date",
            "Pilność": "priority",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
    Register(
        "cs",
        "Rizika",
        "risks",
        [
            "Č.",
            "Název rizika",
            "Pravděp.",
            "Následky",
            "Protiopatření",
            "Zodpovědný",
            "Datum zápisu",
            "Stav",
        ],
        [
            [
                1,
                "Zpoždění dodávky",
                "Vysoká",
                "Střední",
                "Druhý dodavatel",
                "Jan Novák",
                _D1,
                "Aktivní",
            ],
            [
                2,
                "Odchod klíčového člověka",
                "Nízká",
                "Vysoká",
                "Zástup",
                "Eva Dvořáková",
                _D2,
                "Sledováno",
            ],
        ],
        {
            "Pravděp.": "probability",
            "Následky": "impact",
            "Protiopatření": "response",
            "Zodpovědný": "owner",
            "Datum zápisu": "raised_date",
        },
        {"status": ["Open", "Monitoring"]},
    ),
    Register(
        "sk",
        "Problémy",
        "issues",
        [
            "Č.",
            "Názov",
            "Zodpovedný",
            "Dátum nahlásenia",
            "Vyriešiť do",
            "Vyriešené dňa",
            "Naliehavosť",
            "Stav",
        ],
        [
            [1, "Chýbajúce licencie", "Peter Horváth", _D1, _D2, None, "Vysoká", "Rozpracované"],
            [2, "Výpadok servera", "Jana Kováčová", _D1, _D2, _D3, "Nízka", "Vyriešené"],
        ],
        {
            "Zodpovedný": "owner",
            "Dátum nahlásenia": "raised_date",
            "Vyriešiť do": "due_date",
            "Vyriešené dňa": "closed_date",
            "Naliehavosť": "priority",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
    Register(
        "hu",
        "Mérföldkövek",
        "milestones",
        ["Mérföldkő neve", "Felelős", "Bázis dátum", "Új határidő", "Teljesítés dátuma", "Állapot"],
        [
            ["Szerződés aláírása", "Kovács Anna", _D1, _D1, _D1, "Elérve"],
            ["Élesítés", "Nagy Péter", _D2, _D3, None, "Csúszik"],
        ],
        {
            "Mérföldkő neve": "milestone",
            "Bázis dátum": "baseline_date",
            "Új határidő": "forecast_date",
            "Teljesítés dátuma": "actual_date",
        },
        {"status": ["Complete", "Late"]},
    ),
    Register(
        "ro",
        "Decizii",
        "decisions",
        ["Nr.", "Decizia luată", "Decis de", "Decis la", "Justificare"],
        [
            [1, "Trecerea la cloud", "Comitetul de coordonare", _D1, "Costuri mai mici"],
            [2, "Amânarea lansării", "Sponsorul", _D2, "Teste nefinalizate"],
        ],
        {"Decizia luată": "decision", "Decis de": "made_by", "Decis la": "date"},
        {"date": [date(2026, 3, 2), date(2026, 4, 15)]},
    ),
    Register(
        "bg",
        "Проблеми",
        "issues",
        [
            "№",
            "Проблем",
            "Отговорник",
            "Докладван на",
            "Целева дата",
            "Решен на",
            "Спешност",
            "Статус",
        ],
        [
            [1, "Липсващи лицензи", "Иван Петров", _D1, _D2, None, "Висок", "В ход"],
            [2, "Срив на сървъра", "Мария Иванова", _D1, _D2, _D3, "Нисък", "Решен"],
        ],
        {
            "Докладван на": "raised_date",
            "Целева дата": "due_date",
            "Решен на": "closed_date",
            "Спешност": "priority",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
    Register(
        "el",
        "Παραδοχές",
        "assumptions",
        ["Α/Α", "Παραδοχή", "Υπεύθυνος", "Επιβεβαίωση έως", "Επίπτωση αν δεν ισχύει", "Κατάσταση"],
        [
            [
                1,
                "Ο προμηθευτής παραδίδει τον Μάρτιο",
                "Νίκος Παππάς",
                _D1,
                "Καθυστέρηση",
                "Επαληθεύτηκε",
            ],
            [2, "Η ομάδα παραμένει σταθερή", "Ελένη Γεωργίου", _D2, "Αύξηση κόστους", "Δεν ισχύει"],
        ],
        {"Επιβεβαίωση έως": "validate_by", "Επίπτωση αν δεν ισχύει": "impact_if_false"},
        {"status": ["Validated", "Invalid"]},
    ),
    Register(
        "hr",
        "Prekretnice",
        "milestones",
        [
            "Ključna točka",
            "Odgovorna osoba",
            "Bazni datum",
            "Procijenjeni datum",
            "Ostvareno dana",
            "Status",
        ],
        [
            ["Potpisivanje ugovora", "Ana Horvat", _D1, _D1, _D1, "Postignuto"],
            ["Puštanje u rad", "Marko Kovač", _D2, _D3, None, "U kašnjenju"],
        ],
        {
            "Ključna točka": "milestone",
            "Bazni datum": "baseline_date",
            "Procijenjeni datum": "forecast_date",
            "Ostvareno dana": "actual_date",
        },
        {"status": ["Complete", "Late"]},
    ),
    Register(
        "sl",
        "Tveganja",
        "risks",
        ["Št.", "Naziv tveganja", "Verj.", "Posledice", "Protiukrepi", "Odgovoren", "Stanje"],
        [
            [
                1,
                "Zamuda dobave",
                "Visoka",
                "Srednja",
                "Drugi dobavitelj",
                "Janez Novak",
                "Pod nadzorom",
            ],
            [2, "Odhod ključne osebe", "Nizka", "Visoka", "Nadomeščanje", "Maja Kranjc", "Zaprt"],
        ],
        {
            "Verj.": "probability",
            "Posledice": "impact",
            "Protiukrepi": "response",
            "Odgovoren": "owner",
        },
        {"status": ["Monitoring", "Closed"]},
    ),
    Register(
        "sv",
        "Beslut",
        "decisions",
        ["Nr", "Fattat beslut", "Godkänt av", "Beslutat den", "Motivering"],
        [
            [1, "Byta till molntjänst", "Styrgruppen", _D1, "Lägre kostnad"],
            [2, "Skjuta upp lanseringen", "Projektägaren", _D2, "Tester ej klara"],
        ],
        {"Fattat beslut": "decision", "Godkänt av": "made_by", "Beslutat den": "date"},
        {"made_by": ["Styrgruppen", "Projektägaren"]},
    ),
    Register(
        "da",
        "Problemer",
        "issues",
        [
            "Nr.",
            "Overskrift",
            "Ansv.",
            "Indmeldt",
            "Løses senest",
            "Dato løst",
            "Hastegrad",
            "Status",
        ],
        [
            [1, "Manglende licenser", "Mette Hansen", _D1, _D2, None, "Høj", "Under behandling"],
            [2, "Nedbrud på testserver", "Lars Nielsen", _D1, _D2, _D3, "Lav", "Løst"],
        ],
        {
            "Overskrift": "title",
            "Ansv.": "owner",
            "Indmeldt": "raised_date",
            "Løses senest": "due_date",
            "Dato løst": "closed_date",
            "Hastegrad": "priority",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
    Register(
        "no",
        "Forutsetninger",
        "assumptions",
        [
            "Nr",
            "Forutsetning",
            "Ansvarlig",
            "Bekreftes innen",
            "Grad av sikkerhet",
            "Konsekvens hvis feil",
            "Status",
        ],
        [
            [
                1,
                "Leverandøren leverer i mars",
                "Kari Nordmann",
                _D1,
                "Høy",
                "En måneds forsinkelse",
                "Validert",
            ],
            [
                2,
                "Teamet forblir stabilt",
                "Ola Hansen",
                _D2,
                "Middels",
                "Høyere kostnader",
                "Avkreftet",
            ],
        ],
        {
            "Forutsetning": "assumption",
            "Bekreftes innen": "validate_by",
            "Grad av sikkerhet": "confidence",
            "Konsekvens hvis feil": "impact_if_false",
        },
        {"status": ["Validated", "Invalid"]},
    ),
    Register(
        "fi",
        "Välitavoitteet",
        "milestones",
        [
            "Välitavoite",
            "Vastuuhenkilö",
            "Suunniteltu päivä",
            "Arvioitu päivä",
            "Saavutettu",
            "Tila",
        ],
        [
            ["Sopimus allekirjoitettu", "Anna Virtanen", _D1, _D1, _D1, "Toteutunut"],
            ["Käyttöönotto", "Mikko Korhonen", _D2, _D3, None, "Viivästynyt"],
        ],
        {
            "Välitavoite": "milestone",
            "Suunniteltu päivä": "baseline_date",
            "Arvioitu päivä": "forecast_date",
            "Saavutettu": "actual_date",
        },
        {"status": ["Complete", "Late"]},
    ),
    Register(
        "et",
        "Riskid",
        "risks",
        [
            "Nr",
            "Riski nimetus",
            "Tõen.",
            "Tagajärjed",
            "Maandamismeetmed",
            "Vastutav isik",
            "Registreeritud",
            "Seisund",
        ],
        [
            [
                1,
                "Tarne hilineb",
                "Kõrge",
                "Keskmine",
                "Teine tarnija",
                "Mari Tamm",
                _D1,
                "Aktiivne",
            ],
            [2, "Võtmeisik lahkub", "Madal", "Kõrge", "Asendaja", "Jaan Kask", _D2, "Jälgitakse"],
        ],
        {
            "Tõen.": "probability",
            "Tagajärjed": "impact",
            "Maandamismeetmed": "response",
            "Vastutav isik": "owner",
            "Registreeritud": "raised_date",
            "Seisund": "status",
        },
        {"status": ["Open", "Monitoring"]},
    ),
    Register(
        "lv",
        "Problēmas",
        "issues",
        [
            "Nr.",
            "Nosaukums",
            "Atb.",
            "Ziņots",
            "Atrisināt līdz",
            "Atrisināšanas datums",
            "Steidzamība",
            "Statuss",
        ],
        [
            [1, "Trūkst licenču", "Anna Bērziņa", _D1, _D2, None, "Augsta", "Tiek risināts"],
            [2, "Servera kļūme", "Jānis Kalniņš", _D1, _D2, _D3, "Zema", "Atrisināts"],
        ],
        {
            "Atb.": "owner",
            "Ziņots": "raised_date",
            "Atrisināt līdz": "due_date",
            "Atrisināšanas datums": "closed_date",
            "Steidzamība": "priority",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
    Register(
        "lt",
        "Problemos",
        "issues",
        [
            "Nr.",
            "Pavadinimas",
            "Atsak.",
            "Pranešta",
            "Išspręsti iki",
            "Išsprendimo data",
            "Skubumas",
            "Būsena",
        ],
        [
            [1, "Trūksta licencijų", "Jonas Kazlauskas", _D1, _D2, None, "Aukštas", "Sprendžiama"],
            [2, "Serverio gedimas", "Rūta Petraitė", _D1, _D2, _D3, "Žemas", "Išspręsta"],
        ],
        {
            "Atsak.": "owner",
            "Pranešta": "raised_date",
            "Išspręsti iki": "due_date",
            "Išsprendimo data": "closed_date",
            "Skubumas": "priority",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
    Register(
        "tr",
        "Riskler",
        "risks",
        [
            "No",
            "Risk başlığı",
            "Gerçekleşme olasılığı",
            "Şiddet",
            "Eylem planı",
            "Sorumlu",
            "Kapatılma tarihi",
            "Durum",
        ],
        [
            [
                1,
                "Tedarik gecikmesi",
                "Yüksek",
                "Orta",
                "İkinci tedarikçi",
                "Ayşe Yılmaz",
                None,
                "Takipte",
            ],
            [
                2,
                "Kilit personel ayrılığı",
                "Düşük",
                "Yüksek",
                "Yedek personel",
                "Mehmet Kaya",
                _D3,
                "Kapalı",
            ],
        ],
        {
            "Risk başlığı": "title",
            "Gerçekleşme olasılığı": "probability",
            "Şiddet": "impact",
            "Eylem planı": "response",
            "Kapatılma tarihi": "closed_date",
        },
        {"status": ["Monitoring", "Closed"]},
    ),
    Register(
        "ru",
        "Проблемы",
        "issues",
        [
            "№",
            "Проблема",
            "Ответственный",
            "Зарегистрировано",
            "Решить до",
            "Фактическая дата решения",
            "Срочность",
            "Статус",
        ],
        [
            [1, "Нет лицензий", "Иван Петров", _D1, _D2, None, "Высокий", "Решается"],
            [2, "Сбой тестового сервера", "Анна Смирнова", _D1, _D2, _D3, "Низкий", "Устранено"],
        ],
        {
            "Зарегистрировано": "raised_date",
            "Решить до": "due_date",
            "Фактическая дата решения": "closed_date",
            "Срочность": "priority",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
    Register(
        "uk",
        "Рішення",
        "decisions",
        ["№", "Прийняте рішення", "Ким прийнято", "Дата рішення", "Обґрунтування"],
        [
            [1, "Перейти на хмару", "Керівний комітет", _D1, "Нижчі витрати"],
            [2, "Відкласти запуск", "Спонсор", _D2, "Тести не завершено"],
        ],
        {"Прийняте рішення": "decision", "Ким прийнято": "made_by", "Дата рішення": "date"},
        {"made_by": ["Керівний комітет", "Спонсор"]},
    ),
    Register(
        "ca",
        "Problemes",
        "issues",
        [
            "Núm.",
            "Títol",
            "Encarregat",
            "Obert el",
            "Resoldre abans de",
            "Resolt el",
            "Urgència",
            "Estat",
        ],
        [
            [1, "Falten llicències", "Jordi Puig", _D1, _D2, None, "Alta", "En tractament"],
            [2, "Caiguda del servidor", "Marta Vila", _D1, _D2, _D3, "Baixa", "Solucionat"],
        ],
        {
            "Encarregat": "owner",
            "Obert el": "raised_date",
            "Resoldre abans de": "due_date",
            "Resolt el": "closed_date",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
    Register(
        "sr",
        "Одлуке",
        "decisions",
        ["Бр.", "Донета одлука", "Доносилац одлуке", "Датум одлуке", "Образложење"],
        [
            [1, "Прелазак на облак", "Управни одбор", _D1, "Нижи трошкови"],
            [2, "Одлагање пуштања", "Спонзор", _D2, "Тестови нису завршени"],
        ],
        {"Донета одлука": "decision", "Доносилац одлуке": "made_by"},
        {"made_by": ["Управни одбор", "Спонзор"]},
    ),
    Register(
        "mk",
        "Ризици",
        "risks",
        [
            "Бр.",
            "Назив на ризикот",
            "Веројатност",
            "Влијание",
            "Мерки",
            "Одговорен",
            "Датум на идентификација",
            "Статус",
        ],
        [
            [
                1,
                "Доцнење на испорака",
                "Висока",
                "Средна",
                "Втор добавувач",
                "Марко Петров",
                _D1,
                "Под надзор",
            ],
            [
                2,
                "Заминување на клучен човек",
                "Ниска",
                "Висока",
                "Замена",
                "Ана Стојанова",
                _D2,
                "Затворен",
            ],
        ],
        {"Одговорен": "owner", "Датум на идентификација": "raised_date"},
        {"status": ["Monitoring", "Closed"]},
    ),
    Register(
        "sq",
        "Plani",
        "milestones",
        [
            "Milestone",
            "Përgjegjësi",
            "Data fillestare",
            "Data e parashikuar",
            "Arritur më",
            "Statusi",
        ],
        [
            ["Nënshkrimi i kontratës", "Arben Hoxha", _D1, _D1, _D1, "Arritur"],
            ["Vënia në punë", "Elira Shehu", _D2, _D3, None, "I vonuar"],
        ],
        {
            "Data fillestare": "baseline_date",
            "Data e parashikuar": "forecast_date",
            "Arritur më": "actual_date",
        },
        {"status": ["Complete", "Late"]},
    ),
    Register(
        "eu",
        "Arazoak",
        "issues",
        [
            "Zk.",
            "Izenburua",
            "Arduraduna",
            "Irekiera data",
            "Epemuga",
            "Ebazpen data",
            "Premia",
            "Egoera",
        ],
        [
            [1, "Lizentziak falta dira", "Miren Etxeberria", _D1, _D2, None, "Altua", "Lantzen"],
            [2, "Zerbitzariaren matxura", "Jon Agirre", _D1, _D2, _D3, "Baxua", "Konponduta"],
        ],
        {
            "Irekiera data": "raised_date",
            "Epemuga": "due_date",
            "Ebazpen data": "closed_date",
            "Premia": "priority",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
    Register(
        "cy",
        "Tybiaethau",
        "assumptions",
        ["Rhif", "Tybiaeth", "Perchennog", "Cadarnhau erbyn", "Effaith", "Statws"],
        [
            [
                1,
                "Bydd y cyflenwr yn cyflenwi ym mis Mawrth",
                "Siân Jones",
                _D1,
                "Oedi",
                "Wedi'i ddilysu",
            ],
            [2, "Bydd y tîm yn aros yn sefydlog", "Rhys Evans", _D2, "Costau uwch", "Annilys"],
        ],
        {"Tybiaeth": "assumption", "Cadarnhau erbyn": "validate_by"},
        {"status": ["Validated", "Invalid"]},
    ),
    Register(
        "mt",
        "Kwistjonijiet",
        "issues",
        [
            "Nru",
            "Titlu",
            "Responsabbli",
            "Data tal-identifikazzjoni",
            "Data mmirata",
            "Solvut fi",
            "Prijorità",
            "Status",
        ],
        [
            [1, "Liċenzji neqsin", "Maria Borg", _D1, _D2, None, "Għolja", "Qed isir"],
            [2, "Server waqa'", "Joseph Camilleri", _D1, _D2, _D3, "Baxxa", "Riżolt"],
        ],
        {
            "Data tal-identifikazzjoni": "raised_date",
            "Data mmirata": "due_date",
            "Solvut fi": "closed_date",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
    Register(
        "nl",
        "Afhankelijkheden",
        "dependencies",
        [
            "ID",
            "Afhankelijkheid",
            "Richting",
            "Benodigd voor",
            "Toegezegde datum",
            "Op te leveren",
            "Status",
        ],
        [
            [
                1,
                "Koppeling met HR-systeem",
                "Inkomend",
                _D2,
                _D2,
                "Interface-specificatie",
                "Volgens planning",
            ],
            [2, "Testomgeving van team Data", "Inkomend", _D1, _D1, "Testomgeving", "Ontvangen"],
        ],
        {"Benodigd voor": "need_by", "Op te leveren": "deliverable"},
        {"status": ["On Track", "Delivered"]},
    ),
    Register(
        "gl",
        "Incidencias",
        "issues",
        [
            "Núm.",
            "Título",
            "Responsable",
            "Aberto o",
            "Data obxectivo",
            "Resolto o",
            "Urxencia",
            "Estado",
        ],
        [
            [1, "Faltan licenzas", "Uxía Castro", _D1, _D2, None, "Alta", "En curso"],
            [2, "Caída do servidor", "Brais Otero", _D1, _D2, _D3, "Baixa", "Resolto"],
        ],
        {
            "Aberto o": "raised_date",
            "Data obxectivo": "due_date",
            "Resolto o": "closed_date",
            "Urxencia": "priority",
        },
        {"status": ["In Progress", "Resolved"]},
    ),
]


@pytest.mark.parametrize("case", REGISTERS, ids=lambda c: f"{c.language}-{c.register}")
def test_a_register_written_in_the_phrasings_of_its_language_reads(
    tmp_path: Path, case: Register
) -> None:
    """The register is found, each header written in its PM's phrasing maps to its field,
    and the values written as phrases convert to the standard's list."""
    adoption = adopt(
        book(tmp_path / f"{case.language}.xlsx", case.sheet, [case.header, *case.rows])
    )
    table = only(adoption)
    assert table.register == case.register
    mapped = targets(table)
    for header, target in case.mapped.items():
        assert mapped[header] == target, header
    for name, values in case.values.items():
        assert field(adoption, case.register, name) == values, name


def test_a_title_block_in_the_new_phrasings_fills_the_project_fields(tmp_path: Path) -> None:
    """A status report's title block as a Portuguese, Bulgarian or Ukrainian PM heads it
    (``Gerente de projeto``; ``Ръководител проект`` and ``Менеджер проєкту`` were read as
    the project's name) names the project manager, its sponsor and its report date."""
    for n, (manager, sponsor, as_at) in enumerate(
        [
            ("Gerente de projeto", "Patrocinador do projeto", "Data de reporte"),
            ("Ръководител проект", "Спонсор", "Дата на доклада"),
            ("Менеджер проєкту", "Куратор", "Станом на"),
        ]
    ):
        rows: list[list[object]] = [
            [manager, "Ana Costa"],
            [sponsor, "Rui Lopes"],
            [as_at, _D2],
            [],
            ["ID", "Title", "Owner", "Probability", "Impact", "Status"],
            ["R1", "Supplier late", "Ana Costa", "High", "Low", "Open"],
            ["R2", "Data loss", "Rui Lopes", "Low", "High", "Closed"],
        ]
        fields = adopt(book(tmp_path / f"t{n}.xlsx", "Risks", rows)).report.project_fields
        assert fields["project_manager"] == "Ana Costa (from Risks!B1)", manager
        assert fields["sponsor"] == "Rui Lopes (from Risks!B2)", sponsor
        assert "report_date" in fields, as_at
        assert "project_name" not in fields, manager


def test_a_finance_table_in_the_new_phrasings_reads_its_measures(tmp_path: Path) -> None:
    """A German cost tracker headed ``Planwert`` / ``Verbraucht`` / ``Hochrechnung`` (plan
    value, spent, extrapolation), a French one ``Enveloppe`` / ``Consommé`` /
    ``Atterrissage``: the budget, the actual and the forecast by month."""
    for n, header in enumerate(
        [
            ["Monat", "Kostenart", "Planwert", "Verbraucht", "Hochrechnung"],
            ["Mois", "Poste de dépense", "Enveloppe", "Consommé", "Atterrissage"],
        ]
    ):
        rows: list[list[object]] = [header]
        rows += [[datetime(2026, m, 1), "Personal", 1000 * m, 900 * m, 1100 * m] for m in (1, 2, 3)]
        table = only(adopt(book(tmp_path / f"f{n}.xlsx", "Kosten", rows)))
        mapped = targets(table)
        assert table.register == "finance"
        assert mapped[header[2]] == "budget"
        assert mapped[header[3]] == "actual"
        assert mapped[header[4]] == "forecast"


@pytest.mark.parametrize(
    ("text", "section", "reading"),
    [
        # Spanish, Italian, Portuguese ``prevista`` is planned as much as expected: the
        # plan's date keeps its reading
        ("Fecha prevista", "words", "date planned"),
        # Croatian ``Sigurnost`` is security (a risk category) before certainty
        ("Sigurnost", "words", None),
        # Irish ``Mí`` (month) folds to ``mi``, an English short form (MI reports)
        ("Weekly MI", "words", None),
        # Irish ``mall`` (slow) is Swedish ``mall`` (template)
        ("Mall", "values", None),
    ],
)
def test_a_phrase_that_means_two_things_keeps_its_first_reading(
    text: str, section: str, reading: str | None
) -> None:
    """Near misses: the phrases ph42a left out read as before."""
    assert translate(text, section) == reading


def test_a_word_another_language_writes_in_full_is_no_english_short_form() -> None:
    """French ``Résolu`` (resolved) was read as a short form of ``resolution``, so
    ``Résolu le`` tied with the resolution; Portuguese ``Custo`` (cost) as one of
    ``customer``: each reads as its own language's word; English short forms still read."""
    assert "resolution le" not in normalise_header("Résolu le")
    assert candidates("Résolu le", "issues")[0].column_key == "closed_date"
    assert "customer" not in normalise_header("Custo")
    assert candidates("Descr", "risks")[0].column_key == "description"
    assert candidates("Sev", "issues")[0].column_key == "severity"
