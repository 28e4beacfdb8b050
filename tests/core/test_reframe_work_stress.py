"""Thinking traps of a working day, in every language the detector reads: the impostor's dread of
being found out and of not deserving the job, a success handed to luck, a setback read as aimed
at oneself ("why me"), worth found short, perfection as a rule, one slip said to ruin the whole,
and the thought record's own question ("is it really true that I always …?"), which tests the
thought and is left alone. Each example is written here, in the words an agent would use."""

from __future__ import annotations

import pytest

from companion.core.reframe import Dimension, detect

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL


def _cues(thought: str, lang: str) -> dict[str, Dimension]:
    result = detect(thought, lang)
    for marking in result.markings:
        # every mark keeps its span and a reason that quotes it
        assert result.thought[marking.start : marking.end] == marking.text
        assert marking.text in marking.explanation
    return {m.cue: m.dimension for m in result.markings if m.about_self}


MARKED = [
    # the impostor
    ("en", "My boss will figure out I don't deserve the role.", PERS, "found-out-dont-belong"),
    ("en", "They've found me out at last.", PERS, "found-out"),
    ("en", "You don't deserve to work here.", PERS, "dont-deserve-place"),
    ("en", "How did I ever land this role?", PERS, "how-did-i-get-here"),
    ("en", "Hiring me must have been a mistake.", PERS, "slipped-through"),
    ("ko", "언젠가는 내 밑천이 드러날 거야.", PERM, "will-fail"),
    ("ko", "진짜 실력이 탄로나면 그걸로 끝이야.", PERM, "found-out-over"),
    ("ko", "제가 이 일을 맡을 자격이 있긴 할까요?", PERS, "not-qualified-me"),
    ("ja", "そのうち実力がないと見抜かれる。", PERS, "found-out"),
    ("ja", "みんなを騙している気がしてならない。", PERS, "found-out"),
    # the credit handed away
    ("en", "The launch went fine, but that wasn't down to my skills.", PERS, "not-my-work"),
    ("ko", "순전히 운이 좋아서 합격한 거야.", PERS, "luck-got-me-here"),
    ("ko", "그 정도 일은 누구나 할 수 있는 거야.", PERS, "anyone-could"),
    ("ja", "ただ運がよかっただけです。", PERS, "just-luck"),
    ("en", "She only kept me on because she felt sorry for me.", PERS, "pity-credit"),
    ("en", "Anything that can go wrong on a launch day will.", PERM, "sure-to-go-wrong"),
    ("en", "I never learn anything from these trainings.", PERV, "cant-anything"),
    # a setback read as aimed at me
    ("en", "Why must this keep happening to me?", PERS, "why-me"),
    ("ko", "왜 하필 제가 이 고객을 맡았을까요?", PERS, "why-me"),
    ("ko", "팀장님 말은 저를 저격한 거예요.", PERS, "aimed-at-me"),
    ("el", "Όλα σε μένα τυχαίνουν.", PERS, "it-all-happens-to-me"),
    ("el", "Έχω την πιο κακή τύχη στον κόσμο.", PERS, "worst-luck"),
    ("el", "Είχα τη χειρότερη τύχη με αυτή τη βάρδια.", PERS, "worst-luck"),
    # worth found short, labels
    ("ko", "저는 여전히 부족해요.", PERS, "not-enough"),
    ("ko", "난 충분하지 못해.", PERS, "not-enough"),
    ("ko", "그냥 제가 너무 예민한 건가 봐요.", PERS, "just-me"),
    ("ko", "저는 끈기가 없어서 이번 승진에서 떨어진 거예요.", PERS, "trait-caused-it"),
    ("ja", "ただの落ちこぼれだ。", PERS, "label-sentence"),
    ("ja", "営業失格だ。", PERS, "label-sentence"),
    ("ja", "私がちゃんと確認していれば。", PERS, "if-only-i-had"),
    ("ja", "使えないやつだと思われてしまう。", PERS, "thought-of-as-useless"),
    ("ja", "どうしてこの程度のこともできないの？", PERS, "not-even-this"),
    ("ja", "疲れたなんて、ただ甘えてるだけなんだ。", PERS, "just-slacking"),
    ("ja", "チームで私だけがダメなんだ。", PERS, "only-me-bad"),
    ("ja", "もうこの部署に居場所がないのかも。", PERS, "no-place-for-me-guess"),
    ("ja", "結局無理だった。", PERM, "knew-it-was-hopeless"),
    # perfection as a rule, one slip for the whole
    ("ko", "이번 발표는 무조건 완벽하게 준비해야 해.", PERV, "must-be-perfect"),
    ("ko", "실수는 곧 실패야.", PERV, "slip-is-failure"),
    ("ja", "資料は絶対に完璧に終わらせないといけない。", PERV, "must-be-perfect"),
    ("ja", "手順の抜けは一つもあってはならない。", PERV, "not-a-single-one"),
    ("en", "That late reply has wrecked my entire review.", PERM, "is-over"),
    ("en", "This typo is going to wreck my whole presentation.", PERM, "will-be-over"),
    ("ja", "これで商談は台無しだ。", PERM, "promotion-gone"),
    ("ja", "昔から全然進歩していない。", PERM, "no-growth"),
    # the future read as certain
    ("en", "I already know it won't go well.", PERM, "know-it-will-go-badly"),
    ("ko", "쉬면 동기들한테 뒤처질 거야.", PERM, "will-fail"),
    ("ko", "앞으로 이 팀에서 버티기 힘들 거야.", PERM, "hard-from-now-on"),
    ("ja", "去年も落ちたので、今度もきっと落ちる。", PERM, "failed-before-so-again"),
    ("el", "Κι αν τα θαλασσώσω στη συνάντηση;", PERM, "what-if-it-goes-wrong"),
    ("el", "Τίποτα δε μου κάθεται σε αυτή τη θέση.", PERV, "nothing-comes-easy"),
    ("el", "Μήπως δεν είμαι αρκετά έτοιμη για τη θέση;", PERS, "maybe-not-ready"),
    ("el", "Αν κολλήσω μπροστά στον πελάτη;", PERM, "what-if-it-goes-wrong"),
]


@pytest.mark.parametrize(("lang", "thought", "dimension", "cue"), MARKED)
def test_the_kind_is_marked(lang: str, thought: str, dimension: Dimension, cue: str) -> None:
    cues = _cues(thought, lang)
    assert cues.get(cue) is dimension, cues


LEFT_ALONE = [
    # the thought record's question tests the thought
    ("en", "Is it really true that I never get anything right?"),
    ("en", "Does one angry caller really mean I'm bad at this?"),
    ("ko", "정말 내가 매번 실수만 했을까?"),
    ("ja", "本当に毎回失敗しているのだろうか？"),
    ("el", "Είναι αλήθεια ότι τα κάνω πάντα λάθος;"),
    # a never supposed to make a point; a limit that is healthy
    ("en", "If we never tried new things, we'd never get better."),
    ("en", "Maybe I can stop trying to handle everything alone."),
    ("en", "I don't deserve to be spoken to like that."),
    # the same words about something else, or bounded in time
    ("ko", "재고가 너무 부족해."),
    ("ko", "저는 아직 부족해요, 그래도 배우고 있어요."),
    ("ko", "완벽하게 할 필요는 없어."),
    ("ko", "내가 또 늦는다는 보장은 없어."),
    ("ja", "今日の店長はいつもと違う。"),
    ("ja", "二度と遅刻しないように目覚ましを二つかけた。"),
    ("el", "Αν δεν τα καταφέρω, θα ζητήσω βοήθεια."),
    # normalising and the thought judged too far, said with a dash or as "it's okay not to"
    ("en", "I forgot the refund—everyone does."),
    ("en", "I'm still learning the ropes like everyone else – slowly."),
    ("en", "It's okay not to feel confident all the time."),
    ("en", "Nobody gets liked by everybody, and that's fine."),
    ("ja", "誰だって仕事で落ち込むことはある。"),
    ("ja", "一回断られただけで全部ダメだと思うのは極端だ。"),
]


@pytest.mark.parametrize(("lang", "thought"), LEFT_ALONE)
def test_healthy_or_unrelated_wording_is_left_alone(lang: str, thought: str) -> None:
    assert not _cues(thought, lang)


@pytest.mark.parametrize(
    ("lang", "thought"),
    [
        ("en", "Why do I always mess up?"),
        ("ko", "나는 왜 맨날 이럴까?"),
        ("ja", "なんで私っていつもこんな風なの。"),
        ("el", "Γιατί τα κάνω πάντα λάθος;"),
    ],
)
def test_a_question_that_judges_stays_marked(lang: str, thought: str) -> None:
    assert _cues(thought, lang)


@pytest.mark.parametrize(
    ("lang", "thought", "dimension", "expected"),
    [
        ("en", "How did I ever land this role?", PERS, "I was chosen for this job for a reason."),
        ("en", "That late reply has wrecked my entire review.", PERM, "review took a hit"),
        ("en", "I already know it won't go well.", PERM, "I'm worried it won't go well."),
        ("ko", "저는 여전히 부족해요.", PERS, "저는 아직 배우는 중이에요."),
        ("ko", "내가 부족하다.", PERS, "내가 아직 배우는 중이다."),
        ("ja", "ただ運がよかっただけです。", PERS, "準備してきたことの結果でもあります"),
    ],
)
def test_the_rewrite_reads_as_a_sentence(
    lang: str, thought: str, dimension: Dimension, expected: str
) -> None:
    suggestion = detect(thought, lang).suggestions[dimension]
    assert suggestion is not None
    assert expected in suggestion
