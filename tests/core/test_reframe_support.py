"""A thought that speaks of ending one's life or of self-harm: the guide points to help (the
words live in each language's word list, [support])."""

from __future__ import annotations

import pytest

from companion.core.reframe import detect, parse_word_lists
from companion.core.reframe_words import WordListError

SPEAKS_OF_IT = {
    "en": [
        "I just want to die.",
        "Some days I wish I was never born.",
        "I don't want to be alive anymore",
        "Everyone would be better off without me.",
        "I keep thinking about hurting myself after shifts like this.",
        "I could end it all tonight",
        "I think about suicide a lot lately.",
    ],
    "ko": [
        "요즘은 그냥 죽고 싶어요.",
        "요즘은 사는 게 너무 지겨워.",
        "다 사라지고 싶다",
        "살 이유가 없는 것 같아.",
        "이럴 바엔 죽는 게 낫겠어요.",
        "자해 생각이 계속 나요.",
    ],
    "ja": [
        "もう死にたい。",
        "消えてしまいたいと思う日がある。",
        "生きている意味がない気がする。",
        "いっそ死んだほうが楽だ。",
        "自分なんて生まれてこなければよかった。",
    ],
    "el": [
        "Θέλω να πεθάνω.",
        "θελω να πεθανω",  # typed without accents, as thoughts often are
        "Δεν αξίζει να ζω έτσι.",
        "Σκέφτομαι να βάλω τέλος στη ζωή μου.",
        "Καλύτερα να μην ξυπνήσω αύριο.",
    ],
}

# everyday talk of death, and the same words in someone else's quoted words
EVERYDAY = {
    "en": [
        "I'm dying to go home.",
        "That joke killed me.",
        "Let the complaint die down before you reply.",
        "The old laptop finally died.",
        'The customer wrote "I want to die" as a joke about the hold music.',
    ],
    "ko": [
        "피곤해 죽겠다.",
        "배고파 죽을 것 같아.",
        "오늘 진짜 웃겨 죽는 줄 알았어.",
        "서울 사는 게 싫어서 이사 갈까 봐.",
        "혼자 살기 싫어서 룸메이트를 구했어.",
        "어제 경기는 자살골 때문에 졌어.",
    ],
    "ja": [
        "死ぬほど疲れた。",
        "今日は笑い死ぬかと思った。",
        "死活問題だ。",
        "この雨で登山は自殺行為だ。",
    ],
    "el": [
        "Πέθανα στο γέλιο.",
        "Θα πεθάνω από την κούραση σήμερα.",
        "Ψόφησα στη δουλειά.",
        "Δεν θέλω να ζω στην Αθήνα άλλο.",
        "Προσπαθώ να μην ξυπνήσω το μωρό.",
    ],
}


@pytest.mark.parametrize(
    "lang,thought", [(lang, t) for lang, ts in SPEAKS_OF_IT.items() for t in ts]
)
def test_a_thought_of_ending_ones_life_or_self_harm_points_to_help(lang: str, thought: str) -> None:
    found = detect(thought, lang)
    assert found.support is not None, thought
    assert found.support.heading and found.support.message
    assert found.as_json()["support"] == {
        "heading": found.support.heading,
        "message": found.support.message,
    }


@pytest.mark.parametrize("lang,thought", [(lang, t) for lang, ts in EVERYDAY.items() for t in ts])
def test_everyday_talk_of_death_does_not(lang: str, thought: str) -> None:
    found = detect(thought, lang)
    assert found.support is None, thought
    assert "support" not in found.as_json()


def test_each_language_names_a_line_to_call_in_its_own_words() -> None:
    lines = {"en": "988", "ko": "109", "ja": "0120-279-338", "el": "1018"}
    for lang, number in lines.items():
        found = detect(SPEAKS_OF_IT[lang][0], lang)
        assert found.support is not None and number in found.support.message, lang


def test_the_wording_is_still_marked_beside_the_note() -> None:
    found = detect("I always mess up, I want to die.", "en")
    assert found.support is not None
    assert [m.text for m in found.markings] == ["always"]


MINIMAL = """
[meta]
language = "xx"
word_boundaries = true
[context]
negation_window = 0
clause_breaks = "."
someone_else = "they"
[dimensions.permanent]
explanation = "{text}"
external = "{text} {subject}"
suggestion = "{rewritten}{end}"
[dimensions.pervasive]
explanation = "{text}"
external = "{text} {subject}"
suggestion = "{rewritten}{end}"
[dimensions.personal]
explanation = "{text}"
external = "{text} {subject}"
suggestion = "{rewritten}{end}"
[[cues]]
id = "always"
dimension = "permanent"
patterns = ["always"]
replacement = "today"
"""


def test_a_support_table_without_its_words_is_refused_with_its_name() -> None:
    with pytest.raises(WordListError, match=r"\[support\]: 'message'"):
        parse_word_lists(MINIMAL + '[support]\npatterns = ["zzz"]\nheading = "h"\n')
    with pytest.raises(WordListError, match=r"\[support\]: 'patterns' is empty"):
        parse_word_lists(MINIMAL + '[support]\npatterns = []\nheading = "h"\nmessage = "m"\n')
    table = '[support]\npatterns = ["zzz"]\nheading = "h"\nmessage = "m"\n'
    lists = parse_word_lists(MINIMAL + table)
    assert detect("zzz", words=lists).support is not None
    assert detect("always", words=lists).support is None
