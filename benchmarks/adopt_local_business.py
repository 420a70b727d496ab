"""Round 27's own sample (issue 15): ordinary workbooks of the major business languages as
a local PM writes them, seeded, scored with their truth. Not a batch of the generalisation
benchmark and no copy of one: for Polish, Japanese, Chinese (Simplified and Traditional),
Korean, Arabic, Turkish and Russian, a risk register and a milestone tracker whose headers
are drawn from the words a PMO of that country writes for each column (the register's own
words, its abbreviations, its tools'), whose values are local (statuses, PMBOK response
types), and a task tool's localised export kept as an issue log (its sheet named as the
tool names every export, the file named by the person).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/adopt_local_business.py [--seed N] [-v]

A fact is: the table found as its register; each column mapped to its standard column;
each status and response-type value read as its standard word. The score is facts right /
facts, per layout and in all."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl

from addin.adopt import adopt_host, open_source
from addin.standards import default_standards

#: Per language: the register sheet's names, each risk column's headers (standard column ->
#: the headers a local PM writes for it), the risk statuses and response types (local word ->
#: standard word); the tracker's sheet names, columns and milestone statuses; the task tool's
#: sheet name, its export's headers and the file name a person gives an issue log.
LANGUAGES: dict[str, dict[str, Any]] = {
    "pl": {
        "risk_sheets": ["Rejestr ryzyk", "Ryzyka"],
        "risk_columns": {
            "id": ["Lp.", "Nr"],
            "title": ["Nazwa ryzyka", "Ryzyko"],
            "owner": ["Właściciel ryzyka", "Odpowiedzialny", "Odp.", "Osoba odpowiedzialna"],
            "raised_date": ["Data zgłoszenia", "Data identyfikacji"],
            "status": ["Status"],
            "response_type": ["Strategia", "Strategia reakcji"],
            "response": ["Działania zaradcze", "Plan reakcji", "Plan reagowania"],
            "due_date": ["Termin", "Termin realizacji"],
            "last_updated": ["Data aktualizacji", "Ostatnia aktualizacja"],
        },
        "risk_status": {"Otwarte": "Open", "Monitorowane": "Monitoring", "Zamknięte": "Closed"},
        "response_type": {
            "Unikanie": "Avoid",
            "Łagodzenie": "Reduce",
            "Przeniesienie": "Transfer",
            "Akceptacja": "Accept",
        },
        "ms_sheets": ["Kamienie milowe", "Harmonogram kamieni"],
        "ms_columns": {
            "milestone": ["Kamień milowy"],
            "owner": ["Odpowiedzialny", "Odp."],
            "baseline_date": ["Data bazowa", "Termin bazowy"],
            "forecast_date": ["Prognoza", "Data prognozowana"],
            "actual_date": ["Data rzeczywista", "Data realizacji"],
            "status": ["Status"],
        },
        "ms_status": {
            "Nierozpoczęte": "Not Started",
            "W realizacji": "In Progress",
            "Zrealizowano": "Complete",
            "Opóźniony": "Late",
        },
        "people": ["Anna Nowak", "Piotr Wiśniewski", "Katarzyna Zielińska", "Tomasz Lewandowski"],
        "items": [
            "Opóźnienie dostawy transformatora",
            "Brak zgody konserwatora",
            "Rotacja zespołu",
            "Zmiana przepisów przetargowych",
        ],
    },
    "ja": {
        "risk_sheets": ["リスク管理表", "リスク一覧"],
        "risk_columns": {
            "id": ["No.", "管理番号"],
            "title": ["リスク名", "件名"],
            "owner": ["担当", "担当者", "責任者"],
            "raised_date": ["起票日", "登録日"],
            "status": ["状態", "ステータス"],
            "response_type": ["対応方針"],
            "response": ["対応策", "対策"],
            "due_date": ["期限", "対応期限"],
            "last_updated": ["更新日", "最終更新日"],
        },
        "risk_status": {"未対応": "Open", "監視中": "Monitoring", "クローズ": "Closed"},
        "response_type": {"回避": "Avoid", "軽減": "Reduce", "転嫁": "Transfer", "受容": "Accept"},
        "ms_sheets": ["マイルストーン", "マイルストーン管理"],
        "ms_columns": {
            "milestone": ["マイルストーン"],
            "owner": ["担当", "担当者"],
            "baseline_date": ["ベースライン", "計画日"],
            "forecast_date": ["見込日"],
            "actual_date": ["実績日"],
            "status": ["状態", "ステータス"],
        },
        "ms_status": {
            "未着手": "Not Started",
            "進行中": "In Progress",
            "完了": "Complete",
            "遅延": "Late",
        },
        "people": ["佐藤 健", "鈴木 美咲", "高橋 誠", "田中 由美"],
        "items": ["ベンダー納期遅延", "要件追加による手戻り", "移行データ品質不足", "要員の離任"],
    },
    "zh": {
        "risk_sheets": ["风险登记册", "风险清单"],
        "risk_columns": {
            "id": ["序号", "编号"],
            "title": ["风险名称"],
            "owner": ["负责人", "责任人"],
            "raised_date": ["提出日期", "识别日期", "登记日期"],
            "status": ["状态"],
            "response_type": ["应对策略"],
            "response": ["应对措施", "缓解措施"],
            "due_date": ["截止日期", "完成时限"],
            "last_updated": ["更新日期"],
        },
        "risk_status": {"未关闭": "Open", "监控中": "Monitoring", "已关闭": "Closed"},
        "response_type": {"规避": "Avoid", "减轻": "Reduce", "转移": "Transfer", "接受": "Accept"},
        "ms_sheets": ["里程碑计划", "里程碑"],
        "ms_columns": {
            "milestone": ["里程碑", "里程碑名称"],
            "owner": ["负责人"],
            "baseline_date": ["基线日期", "计划日期"],
            "forecast_date": ["预计完成日期"],
            "actual_date": ["实际完成日期", "实际日期"],
            "status": ["状态"],
        },
        "ms_status": {
            "未开始": "Not Started",
            "进行中": "In Progress",
            "已完成": "Complete",
            "延迟": "Late",
        },
        "people": ["王伟", "李娜", "张磊", "刘洋"],
        "items": ["供应商交付延期", "接口规范变更", "数据迁移质量不足", "关键人员流失"],
    },
    "zh-Hant": {
        "risk_sheets": ["風險登記冊", "風險清單"],
        "risk_columns": {
            "id": ["編號", "序號"],
            "title": ["風險名稱"],
            "owner": ["負責人", "責任人"],
            "raised_date": ["提出日期", "登記日期"],
            "status": ["狀態"],
            "response_type": ["應對策略"],
            "response": ["應對措施", "緩解措施"],
            "due_date": ["截止日期", "完成時限"],
            "last_updated": ["更新日期"],
        },
        "risk_status": {"未關閉": "Open", "監控中": "Monitoring", "已關閉": "Closed"},
        "response_type": {"規避": "Avoid", "減輕": "Reduce", "轉移": "Transfer", "接受": "Accept"},
        "ms_sheets": ["里程碑計劃", "里程碑"],
        "ms_columns": {
            "milestone": ["里程碑", "里程碑名稱"],
            "owner": ["負責人"],
            "baseline_date": ["基線日期", "計劃日期"],
            "forecast_date": ["預計完成日期"],
            "actual_date": ["實際完成日期", "實際日期"],
            "status": ["狀態"],
        },
        "ms_status": {
            "未開始": "Not Started",
            "進行中": "In Progress",
            "已完成": "Complete",
            "延遲": "Late",
        },
        "people": ["陳志明", "林怡君", "黃建宏", "張淑芬"],
        "items": ["供應商交貨延遲", "介面規格變更", "資料轉換品質不足", "關鍵人員離職"],
    },
    "ko": {
        "risk_sheets": ["리스크 관리대장", "리스크 목록"],
        "risk_columns": {
            "id": ["번호", "No"],
            "title": ["리스크명", "위험명"],
            "owner": ["담당", "담당자", "책임자"],
            "raised_date": ["등록일", "식별일"],
            "status": ["상태", "진행상태"],
            "response_type": ["대응 전략"],
            "response": ["대응 방안", "대응방안"],
            "due_date": ["조치기한", "기한"],
            "last_updated": ["최종 수정일"],
        },
        "risk_status": {"미조치": "Open", "모니터링": "Monitoring", "종료": "Closed"},
        "response_type": {"회피": "Avoid", "완화": "Reduce", "전가": "Transfer", "수용": "Accept"},
        "ms_sheets": ["마일스톤", "마일스톤 일정"],
        "ms_columns": {
            "milestone": ["마일스톤"],
            "owner": ["담당자", "담당"],
            "baseline_date": ["계획일"],
            "forecast_date": ["예상일", "예상 완료일"],
            "actual_date": ["실적일"],
            "status": ["상태", "진행상태"],
        },
        "ms_status": {
            "미착수": "Not Started",
            "진행중": "In Progress",
            "완료": "Complete",
            "지연": "Late",
        },
        "people": ["김민준", "이서연", "박지훈", "최수빈"],
        "items": ["장비 납기 지연", "인허가 일정 변경", "데이터 이관 오류", "핵심 인력 이탈"],
    },
    "ar": {
        "risk_sheets": ["سجل المخاطر", "المخاطر"],
        "risk_columns": {
            "id": ["الرقم", "مسلسل"],
            "title": ["المخاطرة"],
            "owner": ["المسؤول", "مالك المخاطرة"],
            "raised_date": ["تاريخ التسجيل", "تاريخ الرصد"],
            "status": ["الحالة"],
            "response_type": ["استراتيجية الاستجابة", "نوع الاستجابة"],
            "response": ["خطة الاستجابة", "إجراءات التخفيف"],
            "due_date": ["الموعد النهائي", "تاريخ الاستحقاق"],
            "last_updated": ["آخر تحديث"],
        },
        "risk_status": {"مفتوحة": "Open", "تحت المراقبة": "Monitoring", "مغلقة": "Closed"},
        "response_type": {"تجنب": "Avoid", "تخفيف": "Reduce", "نقل": "Transfer", "قبول": "Accept"},
        "ms_sheets": ["المعالم الرئيسية"],
        "ms_columns": {
            "milestone": ["المعلم الرئيسي"],
            "owner": ["المسؤول"],
            "baseline_date": ["تاريخ خط الأساس", "التاريخ المخطط"],
            "forecast_date": ["التاريخ المتوقع"],
            "actual_date": ["التاريخ الفعلي"],
            "status": ["الحالة"],
        },
        "ms_status": {
            "لم يبدأ": "Not Started",
            "قيد التنفيذ": "In Progress",
            "مكتمل": "Complete",
            "متأخر": "Late",
        },
        "people": ["أحمد العتيبي", "فاطمة الزهراني", "خالد الشمري", "نورة القحطاني"],
        "items": [
            "تأخر توريد المعدات",
            "تغيير متطلبات الجهة",
            "نقص الكوادر الفنية",
            "تأخر الموافقات",
        ],
    },
    "tr": {
        "risk_sheets": ["Risk Kayıt Listesi", "Riskler"],
        "risk_columns": {
            "id": ["Sıra No", "No"],
            "title": ["Risk Adı", "Risk"],
            "owner": ["Sorumlu", "Sor.", "Risk Sahibi"],
            "raised_date": ["Kayıt Tarihi", "Tespit Tarihi"],
            "status": ["Durum"],
            "response_type": ["Strateji", "Yanıt Stratejisi"],
            "response": ["Alınacak Önlemler", "Aksiyon Planı"],
            "due_date": ["Termin", "Hedef Tarih"],
            "last_updated": ["Son Güncelleme"],
        },
        "risk_status": {"Açık": "Open", "İzleniyor": "Monitoring", "Kapalı": "Closed"},
        "response_type": {
            "Kaçınma": "Avoid",
            "Azaltma": "Reduce",
            "Transfer": "Transfer",
            "Kabul": "Accept",
        },
        "ms_sheets": ["Kilometre Taşları"],
        "ms_columns": {
            "milestone": ["Kilometre Taşı"],
            "owner": ["Sorumlu", "Sor."],
            "baseline_date": ["Planlanan Tarih"],
            "forecast_date": ["Öngörülen Tarih", "Tahmini Tarih"],
            "actual_date": ["Gerçekleşen Tarih"],
            "status": ["Durum"],
        },
        "ms_status": {
            "Başlamadı": "Not Started",
            "Devam Ediyor": "In Progress",
            "Tamamlandı": "Complete",
            "Gecikmeli": "Late",
        },
        "people": ["Ayşe Yılmaz", "Mehmet Kaya", "Elif Demir", "Mustafa Çelik"],
        "items": [
            "Türbin teslimatında gecikme",
            "ÇED onayı gecikmesi",
            "Kur artışı",
            "Taşeron kapasite eksikliği",
        ],
    },
    "ru": {
        "risk_sheets": ["Реестр рисков", "Риски"],
        "risk_columns": {
            "id": ["№ п/п", "№"],
            "title": ["Наименование риска", "Риск"],
            "owner": ["Ответственный", "Отв.", "Владелец риска"],
            "raised_date": ["Дата выявления", "Дата регистрации"],
            "status": ["Статус"],
            "response_type": ["Стратегия реагирования"],
            "response": ["Меры реагирования", "Мероприятия по снижению"],
            "due_date": ["Срок", "Срок исполнения"],
            "last_updated": ["Дата обновления"],
        },
        "risk_status": {"Открыт": "Open", "На контроле": "Monitoring", "Закрыт": "Closed"},
        "response_type": {
            "Уклонение": "Avoid",
            "Снижение": "Reduce",
            "Передача": "Transfer",
            "Принятие": "Accept",
        },
        "ms_sheets": ["Контрольные точки"],
        "ms_columns": {
            "milestone": ["Контрольная точка", "Веха"],
            "owner": ["Ответственный", "Отв."],
            "baseline_date": ["Базовая дата", "Плановая дата"],
            "forecast_date": ["Прогнозная дата", "Прогноз"],
            "actual_date": ["Фактическая дата"],
            "status": ["Статус"],
        },
        "ms_status": {
            "Не начато": "Not Started",
            "В работе": "In Progress",
            "Выполнено": "Complete",
            "Просрочено": "Late",
        },
        "people": ["Иванов И.И.", "Петрова А.С.", "Сидоров П.В.", "Кузнецова Е.А."],
        "items": [
            "Задержка поставки оборудования",
            "Изменение требований заказчика",
            "Нехватка специалистов",
            "Рост курса валют",
        ],
    },
}


@dataclass
class Score:
    """Facts right and facts of one layout, with the misses."""

    right: int = 0
    facts: int = 0
    misses: list[str] | None = None

    def fact(self, ok: bool, what: str) -> None:
        self.facts += 1
        self.right += ok
        if not ok:
            (self.misses if self.misses is not None else []).append(what)


def _days(rng: random.Random, n: int) -> list[date]:
    start = date(2026, 1, 13)
    return [start + timedelta(days=rng.randint(0, 150)) for _ in range(n)]


def _write(path: Path, sheet: str, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    wb.save(path)
    return path


def _score(path: Path, register: str, truth: dict[str, str], values: dict[str, list[str]]) -> Score:
    """The facts of one single-table workbook: the register, each column, each value."""
    score = Score(misses=[])
    adoption = adopt_host(open_source(path), default_standards())
    tables = adoption.report.adopted_tables
    table = next((t for t in tables if t.register == register), None)
    score.fact(table is not None, f"no {register} table ({[t.register for t in tables]})")
    mapped = {c.header: c.target for c in table.columns} if table is not None else {}
    for header, want in truth.items():
        got = mapped.get(header)
        score.fact(got == want, f"{header!r} -> {got} (want {want})")
    items = [i.model_dump() for i in adoption.project.items(register)] if table else []
    for key, wanted in values.items():
        for n, want in enumerate(wanted):
            got = items[n].get(key) if n < len(items) else None
            score.fact(got == want, f"{key}[{n}] {got!r} (want {want!r})")
    return score


def risk_register(lang: str, folder: Path, rng: random.Random) -> Score:
    """A risk register of the language: a title line, a blank row, the header, four risks."""
    spec = LANGUAGES[lang]
    columns: dict[str, list[str]] = spec["risk_columns"]
    headers = {key: rng.choice(words) for key, words in columns.items()}
    statuses: dict[str, str] = spec["risk_status"]
    responses: dict[str, str] = spec["response_type"]
    people: list[str] = spec["people"]
    items: list[str] = spec["items"]
    sheet = rng.choice(spec["risk_sheets"])
    rows: list[list[object]] = [[sheet], [], list(headers.values())]
    local_status = [rng.choice(list(statuses)) for _ in items]
    local_response = list(responses)
    rng.shuffle(local_response)
    raised = _days(rng, len(items))
    for n, title in enumerate(items):
        row = {
            "id": n + 1,
            "title": title,
            "owner": rng.choice(people),
            "raised_date": raised[n],
            "status": local_status[n],
            "response_type": local_response[n],
            "response": f"{title} — {rng.choice(people)}",
            "due_date": raised[n] + timedelta(days=rng.randint(20, 60)),
            "last_updated": raised[n] + timedelta(days=rng.randint(1, 15)),
        }
        rows.append([row[key] for key in headers])
    path = _write(folder / f"{lang}_risks.xlsx", sheet, rows)
    truth = {header: key for key, header in headers.items()}
    values = {
        "status": [statuses[s] for s in local_status],
        "response_type": [responses[r] for r in local_response],
    }
    return _score(path, "risks", truth, values)


def milestone_tracker(lang: str, folder: Path, rng: random.Random) -> Score:
    """A milestone tracker of the language: a title line, the header, four milestones."""
    spec = LANGUAGES[lang]
    columns: dict[str, list[str]] = spec["ms_columns"]
    headers = {key: rng.choice(words) for key, words in columns.items()}
    statuses: dict[str, str] = spec["ms_status"]
    people: list[str] = spec["people"]
    items: list[str] = spec["items"]
    sheet = rng.choice(spec["ms_sheets"])
    rows: list[list[object]] = [[sheet], list(headers.values())]
    local_status = list(statuses)
    rng.shuffle(local_status)
    base = sorted(_days(rng, len(items)))
    for n, title in enumerate(items):
        done = statuses[local_status[n]] == "Complete"
        row = {
            "milestone": f"M{n + 1} {title}",
            "owner": rng.choice(people),
            "baseline_date": base[n],
            "forecast_date": base[n] + timedelta(days=rng.randint(0, 20)),
            "actual_date": base[n] + timedelta(days=rng.randint(0, 5)) if done else None,
            "status": local_status[n],
        }
        rows.append([row[key] for key in headers])
    path = _write(folder / f"{lang}_milestones.xlsx", sheet, rows)
    truth = {header: key for key, header in headers.items()}
    values = {"status": [statuses[s] for s in local_status]}
    return _score(path, "milestones", truth, values)


#: Per language: a task tool's localised export (Microsoft Planner's sheet and fields in
#: the language: its ID, name, assignee, priority and due date), the priorities it writes
#: (Urgent, Important, Medium, Low), and the name a person gave the file: an issue log.
TASK_EXPORTS: dict[str, tuple[str, list[str], list[str], str]] = {
    "pl": (
        "Zadania",
        ["Identyfikator zadania", "Nazwa zadania", "Przypisane do", "Priorytet", "Termin"],
        ["Pilne", "Ważne", "Średnie", "Niskie"],
        "Problemy wdrożenia",
    ),
    "ja": (
        "タスク",
        ["タスク ID", "タスク名", "割り当て先", "優先度", "期限"],
        ["緊急", "重要", "中", "低"],
        "課題一覧",
    ),
    "zh": (
        "任务",
        ["任务 ID", "任务名称", "分配给", "优先级", "截止日期"],
        ["紧急", "重要", "中等", "低"],
        "问题清单",
    ),
    "zh-Hant": (
        "任務",
        ["任務 ID", "任務名稱", "指派給", "優先順序", "截止日期"],
        ["緊急", "重要", "中等", "低"],
        "問題清單",
    ),
    "ko": (
        "작업",
        ["작업 ID", "작업 이름", "할당 대상", "우선 순위", "기한"],
        ["긴급", "중요", "보통", "낮음"],
        "이슈 관리대장",
    ),
    "ar": (
        "المهام",
        ["معرف المهمة", "اسم المهمة", "تم التعيين إلى", "الأولوية", "تاريخ الاستحقاق"],
        ["عاجل", "مهم", "متوسط", "منخفض"],
        "سجل المشكلات",
    ),
    "tr": (
        "Görevler",
        ["Görev Kimliği", "Görev adı", "Atanan", "Öncelik", "Son Tarih"],
        ["Acil", "Önemli", "Orta", "Düşük"],
        "Sorun Listesi",
    ),
    "ru": (
        "Задачи",
        ["Ид. задачи", "Название задачи", "Назначено", "Приоритет", "Срок выполнения"],
        ["Срочный", "Важный", "Средний", "Низкий"],
        "Журнал проблем",
    ),
}
#: Planner's four priorities as the standard priority list reads them (``aliases``).
_PLANNER_PRIORITY = ["Critical", "High", "Medium", "Low"]


def task_export(lang: str, folder: Path, rng: random.Random) -> Score:
    """A task tool's localised export kept as an issue log: the tool's sheet and fields,
    the file named by the person who saved it."""
    sheet, headers, priorities, stem = TASK_EXPORTS[lang]
    people: list[str] = LANGUAGES[lang]["people"]
    items: list[str] = LANGUAGES[lang]["items"]
    order = list(range(4))
    rng.shuffle(order)
    due = _days(rng, len(items))
    rows: list[list[object]] = [list(headers)]
    for n, title in enumerate(items):
        key = "".join(rng.choice("abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNP23456789") for _ in range(8))
        rows.append([key, title, rng.choice(people), priorities[order[n]], due[n]])
    path = _write(folder / f"{stem} {rng.randint(1, 9)}.xlsx", sheet, rows)
    truth = dict(zip(headers, ["id", "title", "owner", "priority", "due_date"], strict=True))
    values = {"priority": [_PLANNER_PRIORITY[order[n]] for n in range(len(items))]}
    return _score(path, "issues", truth, values)


LAYOUTS = (risk_register, milestone_tracker, task_export)


def run(seed: int, verbose: bool) -> tuple[int, int]:
    """Every layout of every language at ``seed``; prints each and returns the totals."""
    right = facts = 0
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            for layout in LAYOUTS:
                rng = random.Random(f"{seed}-{lang}-{layout.__name__}")
                score = layout(lang, Path(tmp), rng)
                right += score.right
                facts += score.facts
                print(f"{lang:8} {layout.__name__:18} {score.right:3}/{score.facts}")
                if verbose:
                    for miss in score.misses or []:
                        print(f"    miss: {miss}")
    print(f"all: {right}/{facts} at seed {seed}")
    return right, facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    run(args.seed, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
