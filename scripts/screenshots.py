"""Regenerate the README screenshots from the real app on a virtual X screen.

    python scripts/screenshots.py                 # writes docs/screenshots/*.png
    python scripts/screenshots.py backups         # only the named ones
    python scripts/screenshots.py --dark          # the dark colour scheme: docs/screenshots/dark/
    python scripts/screenshots.py --size 960x640 --out /tmp/shots   # another screen size
    python scripts/screenshots.py --lang ko       # the window in Korean: docs/screenshots/ko/

A language's set (--lang ko, ja, el) is shot at the size the window opens at, 960×640, which
every screen must fit in every language, with demo data written in that language; the English
set keeps the README's larger screen.

Needs Debian's xvfb, xauth, imagemagick (``import``), trayer (a tray host) and, for the
notification, dunst (a notification server, on a private session bus). Runs the app in this
process against a throwaway data folder filled with demo data, shows each screen, and captures
the X screen as a person would see it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1100, 760)
WINDOW_SIZE = (960, 640)
"""The main window's default size: the languages' sets are shot at it."""
IMPORT = "/usr/bin/import"  # Debian's ImageMagick; another `import` may be first on PATH
DUNSTRC = """
[global]
    width = 380
    origin = top-right
    offset = 16x84
    padding = 12
    horizontal_padding = 14
    frame_width = 1
    frame_color = "#8a8a8a"
    font = Sans 10
    format = "<b>%s</b>\\n%b"
    show_indicators = yes
[urgency_normal]
    background = "#303034"
    foreground = "#f0f0f0"
    timeout = 0
"""


@dataclass(frozen=True, slots=True)
class Options:
    """What to shoot and how: the screen size, the folder written to, the colour scheme."""

    size: tuple[int, int] = SIZE
    out: Path = OUT
    dark: bool = False
    lang: str | None = None
    """The interface language (Settings → Language); None leaves the default."""


@dataclass(frozen=True, slots=True)
class HappyDemo:
    """One happy-file entry of the demo: how many days ago, the quote, the note, tags, a star."""

    days: int
    quote: str
    note: str = ""
    tags: tuple[str, ...] = ()
    starred: bool = False


@dataclass(frozen=True, slots=True)
class OwnPhrase:
    """One of the agent's own phrases ("can-do"); with ``objection`` a rehearsed answer."""

    text: str
    objection: str = ""


@dataclass(frozen=True, slots=True)
class DemoTexts:
    """Everything the demo data says, as an agent working in that language would write it."""

    topics: tuple[str, str, str, str, str, str]
    """Complaint topics, most frequent first (billing, late delivery, login, refund, …)."""
    notes: tuple[str, str, str]
    """Notes on today's logs: a thank-you, a double charge, a reset that worked."""
    happy: tuple[HappyDemo, ...]
    kept_calm: str
    """What went well on past days (History's mood chart)."""
    reply: str
    """The Check draft: a hot reply with findings from the language's rule pack."""
    finding: str
    """The category of the finding selected on the Check screen."""
    happy_paste: str
    """A thank-you with a phone number, an e-mail and an order number, for the capture preview."""
    situation: str
    thought: str
    """The reframe guide's thought: words the detector marks."""
    went_well: str
    hardest: str
    improve: str
    own_phrases: tuple[OwnPhrase, ...] = ()


DEMO: dict[str, DemoTexts] = {
    "en": DemoTexts(
        topics=("billing", "late delivery", "login", "refund", "app crash", "shipping"),
        notes=(
            "Thanked me for the quick fix",
            "Charged twice, very upset",
            "Reset worked first time",
        ),
        happy=(
            HappyDemo(
                0,
                "You fixed in ten minutes what took our old provider two weeks. Thank you, "
                "honestly.",
                "First reply of the morning after the outage",
                ("outage", "speed"),
                True,
            ),
            HappyDemo(
                3,
                "I was ready to cancel, but you listened and found a plan that actually fits us. "
                "Please tell your manager you are brilliant!",
                "Saved a cancellation",
                ("billing", "retention"),
                True,
            ),
            HappyDemo(
                6,
                "Thanks for the café recommendation too — the croissants were perfect.",
                "",
                ("kind",),
            ),
            HappyDemo(
                9,
                "The step-by-step screenshots made it so easy. My dad set it up himself!",
                "He is 78",
                ("setup",),
            ),
            HappyDemo(12, "Best support chat I've had all year."),
        ),
        kept_calm="Kept calm on a long call.",
        reply=(
            "Hi Dana,\n\nNo. You are wrong, as I already said in my last email. Per our policy, "
            "refunds are NEVER given after 30 days!!! I can't change that.\n\nRegards,\nSam\n\n"
            "> I want my money back, this is ridiculous."
        ),
        finding="refusal",
        happy_paste=(
            "Hi Sam, thank you SO much for sorting out order #A-88213 so fast. You can reach me "
            "on +1 415 555 2671 or dana.lee@example.com if you ever need anything. You made my "
            "week!"
        ),
        situation="A customer said our delivery app is a joke and asked for a manager.",
        thought="I always get the angry ones and everyone thinks I'm useless.",
        went_well="Turned a cancellation into a happy customer.",
        hardest="The double-charge call before lunch.",
        improve="Check the payment log before replying to billing tickets.",
    ),
    "ko": DemoTexts(
        topics=("결제", "배송 지연", "로그인", "환불", "앱 오류", "교환"),
        notes=(
            "빨리 해결해 줘서 고맙다고 하심",
            "이중 결제돼서 많이 화나 계셨음",
            "비밀번호 재설정 한 번에 해결",
        ),
        happy=(
            HappyDemo(
                0,
                "예전 업체에서는 2주나 걸리던 걸 10분 만에 해결해 주셨네요. 진심으로 감사드려요.",
                "장애 다음 날 아침 첫 답장",
                ("장애", "빠른 해결"),
                True,
            ),
            HappyDemo(
                3,
                "해지하려고 연락드린 건데 끝까지 얘기 들어 주시고 저희한테 딱 맞는 요금제를 "
                "찾아 주셨어요. 팀장님께 꼭 칭찬 전해 주세요!",
                "해지 방어 성공",
                ("요금제", "해지 방어"),
                True,
            ),
            HappyDemo(
                6,
                "카페 추천해 주신 것도 감사해요. 크루아상 진짜 맛있었어요 ㅎㅎ",
                "",
                ("따뜻한 말",),
            ),
            HappyDemo(
                9,
                "화면 캡처까지 하나하나 보내 주셔서 아버지가 혼자 설정하셨어요!",
                "아버님이 올해 78세시라고 함",
                ("설정",),
            ),
            HappyDemo(12, "올해 받아 본 상담 중에 제일 좋았어요."),
        ),
        kept_calm="긴 통화에서도 차분하게 응대함.",
        reply=(
            "안녕하세요 고객님.\n\n아니요, 환불은 안 됩니다. 구매 후 30일이 지나면 규정상 절대 "
            "환불이 불가능합니다!!! 지난번 메일에서 이미 말씀드렸잖아요. 고객님이 약관을 제대로 "
            "안 읽으신 것 같네요.\n\n김지은 드림\n\n> 돈 돌려주세요. 이게 말이 됩니까?"
        ),
        finding="refusal",
        happy_paste=(
            "김지은 님, 주문번호 A-88213 건 이렇게 빨리 처리해 주셔서 정말 감사해요! 혹시 확인할 "
            "게 있으시면 010-4821-7735나 hyejin.park@example.com으로 연락 주세요. 덕분에 "
            "기분 좋게 한 주 마무리해요."
        ),
        situation="고객님이 배송 앱이 장난하는 거냐며 책임자를 바꿔 달라고 하셨다.",
        thought="왜 맨날 나만 화난 고객한테 걸리지. 난 이 일에 소질이 없나 봐.",
        went_well="해지하겠다던 고객님이 결국 만족하시고 계속 쓰시기로 함.",
        hardest="점심 전에 받은 이중 결제 항의 전화.",
        improve="결제 문의는 답장하기 전에 결제 내역부터 확인하기.",
        own_phrases=(
            OwnPhrase("오늘 오후 6시까지 처리 결과를 문자로 안내해 드리겠습니다."),
            OwnPhrase(
                "요금이 오르게 된 이유를 간단히 설명드려도 될까요? 그리고 지금 쓰시는 만큼에 "
                "맞는 더 저렴한 요금제가 있는지 바로 확인해 드릴게요.",
                objection="갑자기 요금을 올리는 게 어디 있어요?",
            ),
        ),
    ),
    "ja": DemoTexts(
        topics=("請求", "配送遅延", "ログイン", "返金", "アプリ不具合", "発送"),
        notes=(
            "早い対応にお礼を言っていただいた",
            "二重請求でかなりお怒り",
            "パスワード再設定、一回で解決",
        ),
        happy=(
            HappyDemo(
                0,
                "前の業者さんでは2週間かかっても直らなかったのに、10分で解決していただきました。"
                "本当にありがとうございます。",
                "障害明けの朝、最初の返信",
                ("障害", "スピード"),
                True,
            ),
            HappyDemo(
                3,
                "解約するつもりで連絡したのですが、じっくり話を聞いてうちに合うプランを見つけて"
                "くださいました。上司の方にもぜひよろしくお伝えください!",
                "解約を思いとどまっていただけた",
                ("料金プラン", "解約防止"),
                True,
            ),
            HappyDemo(
                6,
                "おすすめのカフェもありがとうございました。クロワッサン、最高でした。",
                "",
                ("うれしい一言",),
            ),
            HappyDemo(
                9,
                "画面の写真付きで手順を送っていただいたおかげで、父が一人で設定できました!",
                "お父様は78歳とのこと",
                ("設定",),
            ),
            HappyDemo(12, "今年いちばん気持ちのいいサポートでした。"),
        ),
        kept_calm="長い電話でも落ち着いて対応できた。",
        reply=(
            "山田様\n\nお問い合わせの返金の件ですが、できません。購入から30日を過ぎたご返金は、"
            "規定により一切お受けしておりません!!! 前回のメールでも申し上げた通りです。"
            "ご利用規約をよくお読みください。\n\nサポートセンター 佐藤\n\n"
            "> 返金してください。納得できません。"
        ),
        finding="cant-without-can",
        happy_paste=(
            "佐藤様、注文番号A-88213の件、迅速にご対応いただき本当にありがとうございました。"
            "何かあれば090-4821-7735か、yumi.tanaka@example.comまでご連絡ください。"
            "おかげで気持ちよく週末を迎えられます。"
        ),
        situation="配送アプリがひどすぎる、責任者を出せとお客様に言われた。",
        thought="いつも私ばかり怒ったお客様に当たる。私って本当にダメだ。",
        went_well="解約希望のお客様に、納得して使い続けていただけることになった。",
        hardest="お昼前の二重請求のお電話。",
        improve="請求のお問い合わせは、返信前に決済履歴を確認する。",
        own_phrases=(
            OwnPhrase("本日18時までに、確認の結果をメールでご連絡いたします。"),
            OwnPhrase(
                "ご案内が行き届かず、申し訳ございません。今のご利用状況に合う、より安いプランが"
                "ないか、すぐにお調べいたします。",
                objection="急に値上げなんて聞いていない",
            ),
        ),
    ),
    "el": DemoTexts(
        topics=(
            "χρέωση",
            "καθυστέρηση παράδοσης",
            "σύνδεση",
            "επιστροφή χρημάτων",
            "σφάλμα εφαρμογής",
            "αποστολή",
        ),
        notes=(
            "Με ευχαρίστησε για τη γρήγορη λύση",
            "Διπλή χρέωση, πολύ αναστατωμένος",
            "Η επαναφορά κωδικού έπιασε με την πρώτη",
        ),
        happy=(
            HappyDemo(
                0,
                "Λύσατε σε δέκα λεπτά κάτι που ο προηγούμενος πάροχος δεν έλυνε δύο εβδομάδες. "
                "Σας ευχαριστώ, ειλικρινά.",
                "Πρώτη απάντηση το πρωί μετά τη διακοπή",
                ("διακοπή", "ταχύτητα"),
                True,
            ),
            HappyDemo(
                3,
                "Ήμουν έτοιμη να κάνω διακοπή, αλλά με ακούσατε και βρήκατε ένα πρόγραμμα που "
                "μας ταιριάζει πραγματικά. Πείτε στον προϊστάμενό σας ότι είστε εξαιρετική!",
                "Κράτησα πελάτισσα που ήθελε να φύγει",
                ("χρεώσεις", "διατήρηση"),
                True,
            ),
            HappyDemo(
                6,
                "Ευχαριστώ και για την πρόταση για καφέ, τα κρουασάν ήταν τέλεια!",
                "",
                ("καλά λόγια",),
            ),
            HappyDemo(
                9,
                "Με τις οδηγίες βήμα βήμα και τα στιγμιότυπα ήταν τόσο εύκολο, που ο πατέρας μου "
                "το έστησε μόνος του!",
                "Είναι 78 χρονών",
                ("εγκατάσταση",),
            ),
            HappyDemo(12, "Η καλύτερη εξυπηρέτηση που είχα φέτος."),
        ),
        kept_calm="Έμεινα ψύχραιμη σε μια μεγάλη κλήση.",
        reply=(
            "Καλησπέρα σας κυρία Παπαδοπούλου,\n\nΌχι. Όπως σας έχω ήδη πει στο προηγούμενο "
            "email, σύμφωνα με την πολιτική μας ΔΕΝ γίνεται επιστροφή χρημάτων μετά τις 30 "
            "ημέρες!!! Δεν μπορώ να κάνω κάτι γι' αυτό.\n\nΜαρία\n\n"
            "> Θέλω τα χρήματά μου πίσω, είναι απαράδεκτο."
        ),
        finding="refusal",
        happy_paste=(
            "Μαρία, σας ευχαριστώ πάρα πολύ που τακτοποιήσατε τόσο γρήγορα την παραγγελία "
            "#A-88213. Αν χρειαστείτε κάτι, είμαι στο 694 123 4567 ή στο eleni.k@example.com. "
            "Μου φτιάξατε την εβδομάδα!"
        ),
        situation="Πελάτης είπε ότι η εφαρμογή παράδοσης είναι για γέλια και ζήτησε προϊστάμενο.",
        thought="Πάντα σε μένα πέφτουν οι θυμωμένοι πελάτες. Είμαι άχρηστη σε αυτή τη δουλειά.",
        went_well="Μια πελάτισσα που ήθελε να φύγει έμεινε τελικά ευχαριστημένη.",
        hardest="Η κλήση για τη διπλή χρέωση πριν το μεσημέρι.",
        improve="Να κοιτάζω το ιστορικό πληρωμών πριν απαντήσω σε θέματα χρεώσεων.",
        own_phrases=(
            OwnPhrase("Θα σας ενημερώσω με email για το αποτέλεσμα μέχρι τις 6 το απόγευμα."),
            OwnPhrase(
                "Καταλαβαίνω ότι η αύξηση σας ξάφνιασε. Μπορώ να δω αμέσως αν υπάρχει "
                "φθηνότερο πρόγραμμα για τη χρήση που κάνετε.",
                objection="Γιατί ανεβάσατε ξαφνικά την τιμή;",
            ),
        ),
    ),
}
"""Demo texts by interface language; a language missing here shoots with the English ones."""


def seed_demo(texts: DemoTexts, days_back: int = 120) -> None:
    """A plausible few months of logs, a happy file, own phrases: every screen has content."""
    from companion.store import happy as happy_store
    from companion.store import open_store
    from companion.store import ratio as ratio_store

    rng = random.Random(7)
    store = open_store()
    now = dt.datetime.now(dt.UTC)
    topics = list(texts.topics)
    weights = [5, 4, 2, 3, 1, 2]
    rows = []
    for back in range(days_back, 0, -1):
        if rng.random() < 0.2:
            continue  # a day off
        base = now - dt.timedelta(days=back)
        pos, neg = rng.randint(8, 22), rng.randint(1, 7)
        for index in range(pos + neg):
            when = base.replace(hour=9) + dt.timedelta(minutes=index * 17)
            positive = index < pos
            topic = None if positive else rng.choices(topics, weights)[0]
            rows.append((when, positive, topic, None))
    ratio_store.import_interactions(store, rows)
    today = now.replace(second=0, microsecond=0)
    thanked, double_charge, reset = texts.notes
    billing, late, login = topics[:3]
    for minutes, positive, topic, note in [
        (150, True, None, thanked),
        (120, False, billing, double_charge),
        (100, True, billing, None),
        (80, True, None, None),
        (60, False, late, None),
        (40, True, login, reset),
        (20, True, None, None),
    ]:
        ratio_store.log_interaction(
            store, positive, today - dt.timedelta(minutes=minutes), topic, note
        )
    for entry in texts.happy:
        happy_store.add_happy(
            store,
            entry.quote,
            now - dt.timedelta(days=entry.days, hours=2),
            note=entry.note,
            tags=list(entry.tags),
            starred=entry.starred,
        )
    for phrase in texts.own_phrases:
        happy_store.add_phrase(store, "can-do", phrase.text, now, objection=phrase.objection)
    store.close()


def seed_reflections(parts: Any, texts: DemoTexts, days_back: int = 75) -> None:
    """Mood and energy on most past days, wandering as a real few months would (for History's
    second chart); today is left for the Reflection screenshot to fill in."""
    from companion.core.reflection import Reflection
    from companion.services import Subject
    from companion.store import reflection as reflection_store

    rng = random.Random(11)
    today = parts.controller.today_day()
    mood, energy = 3, 3
    for back in range(days_back, 0, -1):
        if rng.random() < 0.35:
            continue
        # a wander that drifts back towards 3, with the odd hard day
        mood = min(5, max(1, mood + rng.choice([-1, 0, 1]) + (mood < 3) - (mood > 4)))
        energy = min(5, max(1, energy + rng.choice([-1, 0, 1]) + (energy < 2) - (energy > 4)))
        if rng.random() < 0.08:
            mood = 1
        day = today - dt.timedelta(days=back)
        entry = Reflection(day, mood, energy, well=texts.kept_calm)
        reflection_store.save_reflection(parts.store, entry, parts.controller.clock())
    parts.controller.changes.announce(Subject.REFLECTIONS)


def capture(name: str, options: Options) -> None:
    target = options.out / f"{name}.png"
    width, height = options.size
    # 256 colours without dithering: text and flat colours look the same, and the Korean and
    # Japanese screens (many anti-aliased strokes) come out a third of the size
    subprocess.run(
        [
            IMPORT,
            "-window",
            "root",
            "-crop",
            f"{width}x{height}+0+0",
            "+repage",
            "-dither",
            "None",
            "-colors",
            "256",
            f"PNG8:{target}",
        ],
        check=True,
    )
    print("wrote", target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)


def settle(app: object, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def shoot(steps: list[tuple[str, Callable[[Any], None]]], options: Options) -> None:
    from PySide6.QtCore import Qt

    from companion import app as companion_app
    from companion.ui import theme

    parts = companion_app.build()
    quiet_reminder(parts)
    if options.dark:
        theme.follow(parts.app).force(Qt.ColorScheme.Dark)
    window = parts.window
    window.resize(*options.size)
    window.move(0, 0)
    window.show()
    if parts.tray.available():
        parts.tray.show()
    settle(parts.app, 1.0)
    for name, step in steps:
        step(parts)
        settle(parts.app, 1.5 if name == "notification" else 0.6)
        capture(name, options)


def place(window: Any, x: int, y: int) -> None:
    """Move a dialog to (x, y), or nearer the top left where it would cross the screen's edge
    (a small --size): a shot must show what the app shows, not a dialog cut by the script."""
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    window.move(
        max(room.x(), min(x, room.x() + room.width() - frame.width())),
        max(room.y(), min(y, room.y() + room.height() - frame.height())),
    )


def quiet_reminder(parts: Any) -> None:
    """Count today's shift-end reminder as shown, before the app schedules it: a run after the
    shift's end would otherwise put it over every screen. The notification step shows it."""
    from companion.ui.reflection_tools import ReflectionActions

    reminder = parts.window.findChild(ReflectionActions).reminder
    reminder.done_day = reminder.today()


def tool_action(parts: Any, owner: str, name: str) -> Any:
    """A quick action found through the object that owns it (``ReplyTools.minute_action``),
    never by its text, which changes with the language."""
    from companion.ui import check_tools, happy_tools

    owners = {"ReplyTools": check_tools.ReplyTools, "HappyActions": happy_tools.HappyActions}
    return getattr(parts.window.findChild(owners[owner]), name)


def select_category(app: Any, screen: Any, category: str) -> None:
    """Select the first finding of ``category`` (the draft's flat refusal, say) on Check, once
    the check is back (Korean and Japanese load their word analyser in a worker first)."""
    model = screen.findings_model
    end = time.monotonic() + 20
    while model.rowCount() == 0 and time.monotonic() < end:
        settle(app, 0.1)
    for row in range(model.rowCount()):
        finding = model.finding(row)
        if finding is not None and finding.category == category:
            screen.select_finding(row)
            return
    raise LookupError(f"no {category} finding in the demo draft")


def close_popups(parts: Any) -> None:
    from PySide6.QtWidgets import QApplication

    parts.tray.menu.hide()
    for widget in QApplication.topLevelWidgets():
        if widget is not parts.window and widget.isVisible() and widget is not parts.tray.menu:
            widget.close()


def default_steps(texts: DemoTexts) -> list[tuple[str, Callable[[Any], None]]]:
    """Each screen as an agent would see it during a day. Names are the PNG file names."""

    def today(parts: Any) -> None:
        parts.window.show_screen("today")

    def history(parts: Any) -> None:
        close_popups(parts)
        seed_reflections(parts, texts)
        parts.window.show_screen("history").range_group.button(90).click()

    def welcome(parts: Any) -> None:
        from companion.ui.welcome import open_welcome

        parts.window.show_screen("today")
        open_welcome(parts.window)

    def tray_menu(parts: Any) -> None:
        from PySide6.QtCore import QPoint

        close_popups(parts)
        parts.window.show_screen("today")
        menu = parts.tray.menu
        menu.popup(QPoint(parts.window.width() - menu.sizeHint().width() - 20, 40))

    def check(parts: Any) -> None:
        close_popups(parts)
        screen = parts.window.show_screen("check")
        screen.set_text(texts.reply)
        screen.run_check("typed")
        select_category(parts.app, screen, texts.finding)

    def cooloff(parts: Any) -> None:
        tool_action(parts, "ReplyTools", "minute_action").trigger()
        parts.window.show_screen("cooloff")

    def happy(parts: Any) -> None:
        parts.window.show_screen("happy")

    def capture(parts: Any) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(texts.happy_paste)
        tool_action(parts, "HappyActions", "save_action").trigger()

    def lift(parts: Any) -> None:
        close_popups(parts)
        tool_action(parts, "HappyActions", "lift_action").trigger()

    def phrasebook(parts: Any) -> None:
        close_popups(parts)
        parts.window.show_screen("phrasebook").show_category("can-do")

    def reframe(parts: Any) -> None:
        from companion.core import reframe as reframe_core

        if reframe_core.detect(texts.thought).is_empty:
            raise LookupError(f"nothing is marked in the demo thought {texts.thought!r}")
        screen = parts.window.show_screen("reframe")
        screen.start(
            situation=texts.situation,
            thought=texts.thought,
        )

    def reflection(parts: Any) -> None:
        screen = parts.window.show_screen("reflection")
        page = screen.day_page
        page.mood.set_value(4)
        page.energy.set_value(3)
        page.well_edit.setPlainText(texts.went_well)
        page.hard_edit.setPlainText(texts.hardest)
        page.improve_edit.setPlainText(texts.improve)

    def settings(parts: Any) -> None:
        from companion.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(parts.controller.settings, parts.window)
        dialog.show()
        place(dialog, 80, 60)
        parts.screenshot_dialog = dialog

    def backups(parts: Any) -> None:
        close_popups(parts)
        from companion.store import backup
        from companion.ui.backups import BackupKeeper

        for reason in ("daily", "manual"):
            backup.backup_file(parts.store.path, reason)
        keeper = parts.window.findChild(BackupKeeper)
        keeper.open_dialog()
        place(keeper.dialog, 120, 90)

    def shortcuts(parts: Any) -> None:
        close_popups(parts)
        from companion.ui.help import HelpActions

        sheet = parts.window.findChild(HelpActions).open_shortcuts()
        place(sheet, 160, 40)

    def practices(parts: Any) -> None:
        close_popups(parts)
        from companion.ui.help import show_practice

        practices = show_practice(parts.window, "P3.2")
        if practices is not None:
            place(practices, 120, 40)

    def notification(parts: Any) -> None:
        """The shift-end reminder as the desktop's notification server (dunst) draws it."""
        close_popups(parts)
        from companion.ui.reflection_tools import ReflectionActions

        parts.window.show_screen("today")
        parts.window.findChild(ReflectionActions).on_reminder_due()

    return [
        ("today", today),
        ("welcome", welcome),
        ("history", history),
        ("tray-menu", tray_menu),
        ("check", check),
        ("cooloff", cooloff),
        ("happy", happy),
        ("capture", capture),
        ("lift", lift),
        ("phrasebook", phrasebook),
        ("reframe", reframe),
        ("reflection", reflection),
        ("settings", settings),
        ("backups", backups),
        ("shortcuts", shortcuts),
        ("practices", practices),
        ("notification", notification),
    ]


@contextmanager
def notification_server(folder: Path) -> Iterator[None]:
    """A private session bus with dunst on it, drawing on this X screen, for the app's
    notifications (nothing when dbus-daemon or dunst is missing: the shot shows the fallback)."""
    daemon, dunst = shutil.which("dbus-daemon"), shutil.which("dunst")
    if daemon is None or dunst is None:
        print("no dbus-daemon or dunst: the notification falls back", file=sys.stderr)
        yield
        return
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert bus.stdout is not None
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    config = folder / "dunstrc"
    config.write_text(DUNSTRC, encoding="utf-8")
    server = subprocess.Popen(
        [dunst, "-config", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(1.0)
    try:
        yield
    finally:
        server.terminate()
        server.wait(10)
        bus.terminate()
        bus.wait(10)
        bus.stdout.close()


def parse(argv: list[str]) -> tuple[Options, set[str]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("names", nargs="*", help="only these screenshots (file names, no .png)")
    parser.add_argument("--dark", action="store_true", help="the dark colour scheme")
    parser.add_argument(
        "--size",
        help=f"the screen, WxH (default {SIZE[0]}x{SIZE[1]}, or the window's own "
        f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]} with --lang ko, ja or el)",
    )
    parser.add_argument("--out", type=Path, help="the folder written to")
    parser.add_argument(
        "--lang",
        choices=("en", "ko", "ja", "el"),
        help="the interface language and the demo data's; writes docs/screenshots/<lang>/",
    )
    args = parser.parse_args(argv)
    if args.size is None:
        size = WINDOW_SIZE if args.lang not in (None, "en") else SIZE
    else:
        width, _, height = args.size.partition("x")
        size = (int(width), int(height))
    folder = OUT / args.lang if args.lang else OUT
    out = args.out or (folder / "dark" if args.dark else folder)
    return Options(size, out.resolve(), args.dark, args.lang), set(args.names)


def main() -> int:
    options, wanted = parse(sys.argv[1:])
    if os.environ.get("COMPANION_IN_XVFB") != "1":
        if shutil.which("xvfb-run") is None:
            print("needs xvfb-run (apt-get install xvfb xauth imagemagick trayer)", file=sys.stderr)
            return 2
        env = dict(os.environ, COMPANION_IN_XVFB="1")
        env.pop("QT_QPA_PLATFORM", None)
        width, height = options.size
        return subprocess.call(
            [
                "xvfb-run",
                "-a",
                "-s",
                f"-screen 0 {width}x{height}x24",
                sys.executable,
                __file__,
                *sys.argv[1:],
            ],
            env=env,
        )
    options.out.mkdir(parents=True, exist_ok=True)
    tray_host = None
    if shutil.which("trayer"):
        tray_host = subprocess.Popen(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "pixel",
                "--width",
                "80",
                "--height",
                "28",
                "--transparent",
                "false",
                "--tint",
                "0x333333",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMPANION_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["COMPANION_CONFIG_DIR"] = str(Path(tmp) / "config")
        # No desktop bus unless the notification is shot: the other steps show no notification.
        os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        if options.lang is not None:
            from companion import settings

            settings.save(settings.load().replace(language=options.lang))
        texts = DEMO.get(options.lang or "en", DEMO["en"])
        seed_demo(texts)
        steps = [step for step in default_steps(texts) if not wanted or step[0] in wanted]
        try:
            if any(name == "notification" for name, _step in steps):
                with notification_server(Path(tmp)):
                    shoot(steps, options)
            else:
                shoot(steps, options)
        finally:
            if tray_host is not None:
                tray_host.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
