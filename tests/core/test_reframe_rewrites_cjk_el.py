"""Reframe suggestions in Korean, Japanese and Greek read as sentences a native speaker would
write: each replacement fits the words around it (Korean endings and register, Japanese particles
and copulas, Greek gender, number and tense), and kinds of distorted thought that were missed
(mind reading of a label, hindsight, "what is the point", self-blame stated as a cause) are
marked, while balanced thoughts stay unmarked."""

from __future__ import annotations

import pytest

from companion.core.reframe import Dimension, detect

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL


def _still_marked(suggestion: str, language: str) -> list[str]:
    return [m.text for m in detect(suggestion, language).markings if m.about_self]


# ---- Korean ------------------------------------------------------------------------------------

KO_REWRITES = [
    # mind reading of a label: what they think is about the event, and "생각할 거야" stays
    (
        "팀장님은 분명 내가 무능하다고 생각할 거야.",
        PERS,
        "팀장님은 분명 이번 일을 아쉽게 생각할 거야.",
    ),
    ("동료들은 다 나를 한심하게 봐.", PERS, "몇몇은 이번 일을 아쉽게 봐."),
    # "everyone hates me": who and what are rewritten together, so a suggestion is offered
    (
        "손님들은 다 나를 싫어해요.",
        PERV,
        "몇몇은 상황을 답답해해요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    # a label keeps the register of its sentence
    ("저는 팀에 짐짝이에요.", PERS, "저는 오늘 좀 서툴렀을 뿐이에요."),
    ("저는 정말 쓸모없는 직원입니다.", PERS, "저는 정말 오늘 좀 서툴렀을 뿐입니다."),
    # a replacement before an ending takes the same ending ("없어" → "있어", "안 맞아요" → "않아요")
    ("나는 이 일에 소질이 없어.", PERS, "나는 이 일에 아직 배울 게 남아 있어."),
    ("저는 이 일에 재능이 없는 것 같아요.", PERS, "저는 이 일에 아직 배울 게 남아 있는 것 같아요."),
    ("이 일은 저한테 안 맞아요.", PERS, "이 일은 저한테 아직 손에 익지 않아요."),
    # "하다" after a mistake: one replacement per ending
    (
        "그 고객이 전화를 끊은 건 제가 뭔가 실수해서예요.",
        PERS,
        "그 고객이 전화를 끊은 건 일이 어긋나서예요.",
    ),
    ("내가 뭘 잘못했는지 모르겠어.", PERS, "어디서 일이 어긋났는지 모르겠어."),
    # whose career goes with the words ("내 이번 일이" is no sentence)
    ("이번 클레임 때문에 내 커리어는 끝났어.", PERM, "이번 클레임 때문에 지금은 많이 힘들어."),
    ("제 커리어는 이제 끝났어요.", PERM, "지금은 많이 힘들어요."),
    # a forecast told as a fact is named as the fear it is, in its register
    ("분명 잘릴 거예요.", PERM, "잘릴까 봐 걱정돼요. 다음번은 다를 수 있어요."),
    (
        "어차피 이번 평가도 떨어질 거야.",
        PERM,
        "솔직히 이번 평가도 떨어질까 봐 걱정돼. 다음번은 다를 수 있어요.",
    ),
    # a ruin or "the worst" keeps the ending and the copula after it
    ("오늘 상담 완전 망쳤어.", PERV, "오늘 상담 잘 안 됐어. 이건 한 가지 일이지, 전부가 아니에요."),
    (
        "이번 분기 실적도 최악이에요.",
        PERV,
        "이번 분기 실적도 아쉬운 편이에요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    ("되는 게 하나도 없어.", PERV, "일이 잘 안 풀렸어. 이건 한 가지 일이지, 전부가 아니에요."),
    (
        "하루 종일 실수만 했어.",
        PERV,
        "오늘 몇 번 실수도 했어. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    # "오늘도 또", "역시 나는": the words that make it a pattern go together
    ("오늘도 또 혼났어.", PERM, "오늘 혼났어. 다음번은 다를 수 있어요."),
    ("역시 나는 안 돼.", PERS, "나는 이번에 잘 안 됐어."),
    ("나는 항상 이런 식이야.", PERM, "나는 이번에는 일이 이렇게 됐어. 다음번은 다를 수 있어요."),
    # "only me", said of a customer or of others doing better
    (
        "나만 이런 진상을 만나.",
        PERV,
        "나는 하필 이번에 이런 진상을 만나. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    (
        "다들 나보다 일을 잘하는데 나만 못해.",
        PERV,
        "몇몇은 나보다 일을 잘하는데 나는 아직 잘 못해. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    ("제가 문제인 것 같아요.", PERS, "여러 상황이 문제인 것 같아요."),
    ("나는 왜 이 모양일까?", PERS, "이번엔 왜 일이 꼬였을까?"),
    ("나 같은 애가 무슨 상담을 해.", PERS, "나도 배우면서 하는 중이야."),
    ("고객이 화낸 건 다 나 때문이야.", PERS, "고객이 화낸 건 여러 사정 때문이야."),
    # someone else's reasons read as a feeling about the agent
    ("팀장님이 답장을 안 한 건 내가 싫어서야.", PERS, "팀장님이 답장을 안 한 건 바빠서야."),
    ("팀장님은 나한테 관심이 없어.", PERS, "팀장님은 지금 여유가 없어."),
    ("내가 좀 더 신경 썼으면 이런 일은 없었을 텐데.", PERS, "그땐 몰랐던 걸 이제 알게 됐어."),
    (
        "이런 일을 해서 뭐 해.",
        PERM,
        "이런 일을 해서 얻는 게 지금은 잘 안 보여. 다음번은 다를 수 있어요.",
    ),
    ("아무것도 제대로 못 하는 내가 싫어.", PERS, "이번 일은 제대로 못 해서 속상해."),
    ("뭘 해도 안 돼요.", PERV, "이번엔 잘 안 돼요. 이건 한 가지 일이지, 전부가 아니에요."),
    (
        "절대로 이 일에 익숙해질 수 없을 거야.",
        PERM,
        "아직 이 일에 익숙해질 수 없을 거야. 다음번은 다를 수 있어요.",
    ),
    ("저는 늘 팀에 민폐예요.", PERS, "저는 오늘 좀 서툴렀을 뿐이에요."),
    ("이번 달 평가 망하면 나는 진짜 끝이야.", PERM, "이번 달 평가 망하면 많이 힘들 거야."),
    (
        "어차피 내일도 욕먹을 거야.",
        PERM,
        "솔직히 내일도 욕먹을까 봐 걱정돼. 다음번은 다를 수 있어요.",
    ),
    (
        "고객들이 다 나한테 화를 내.",
        PERV,
        "몇몇은 나한테 화를 내. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
]

KO_BALANCED = [
    "오늘 너무 실망했어.",  # "실망했" holds no "망했"
    "아무 일도 없었어.",
    "뭐 하나 물어봐도 돼?",
    "오늘 할 일은 다 끝났어.",  # done, not ruined
    "평생 기억에 남을 고객이었어.",
    "나는 원래 아침형 인간이야.",
    "소질이 없다고 생각했는데 해 보니 괜찮았어.",
    "팀장님이 나를 한심하게 본다고 생각했는데 오해였어.",
    "항상 이렇게 친절한 고객만 있으면 좋겠다.",
]


@pytest.mark.parametrize(("thought", "dimension", "expected"), KO_REWRITES)
def test_korean_suggestions_keep_endings_and_register(
    thought: str, dimension: Dimension, expected: str
) -> None:
    suggestion = detect(thought, "ko").suggestions[dimension]
    assert suggestion == expected
    assert _still_marked(suggestion, "ko") == []


@pytest.mark.parametrize("thought", KO_BALANCED)
def test_korean_balanced_thoughts_stay_unmarked(thought: str) -> None:
    assert detect(thought, "ko").markings == ()


# ---- Japanese ----------------------------------------------------------------------------------

JA_REWRITES = [
    # mind reading of a label, newly marked: about the event, not the person
    (
        "上司は私を無能だと思っているに違いない。",
        PERS,
        "上司は今回のことを残念に思っているだけかもしれない。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    (
        "先輩はきっと私にがっかりしている。",
        PERS,
        "先輩は今回のことを残念に思っているだけかもしれない。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    (
        "課長は私のことが嫌いなんだ。",
        PERS,
        "課長は今日は余裕がなかっただけかもしれない。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    (
        "お客様が返信をくれないのは私のことが嫌いだからだ。",
        PERS,
        "お客様が返信をくれないのは忙しいからだ。私ひとりのせいではありません。",
    ),
    (
        "同僚は陰で私の悪口を言っているに決まってる。",
        PERS,
        "同僚は別のことを話していたのかもしれない。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    (
        "同僚はみんな私をバカにしている。",
        PERV,
        "同僚の何人かは今日は余裕がなかっただけかもしれない。ちゃんとできていることもあります。",
    ),
    # "全部" and the copula go with "my fault"; "です" stays
    (
        "あのお客様が怒ったのは全部私のせいです。",
        PERS,
        "あのお客様が怒ったのはいくつかのことが重なった結果です。私ひとりのせいではありません。",
    ),
    (
        "全部私のせいだと思う。",
        PERV,
        "いくつかのことが重なった結果だと思う。ちゃんとできていることもあります。",
    ),
    # a label keeps its copula; the intensifier before it goes with it
    (
        "本当に私はダメな人間です。",
        PERS,
        "今回はうまくいかなかっただけです。私ひとりのせいではありません。",
    ),
    (
        "私はチームのお荷物なんです。",
        PERS,
        "今回はうまくいかなかっただけです。私ひとりのせいではありません。",
    ),
    # "いつも" → "ときどき" fits any tense
    (
        "いつもお客様を待たせてしまいます。",
        PERM,
        "ときどきお客様を待たせてしまいます。次はまた違う結果になるかもしれません。",
    ),
    (
        "私はいつもミスばかりです。",
        PERM,
        "私はときどきミスが重なることもあります。次はまた違う結果になるかもしれません。",
    ),
    (
        "毎日怒られてばかりで、もう疲れた。",
        PERM,
        "今日は注意されることが重なった、もう疲れた。次はまた違う結果になるかもしれません。",
    ),
    # whose career goes with it
    (
        "このトラブルで私のキャリアは終わった。",
        PERV,
        "このトラブルで今はかなりへこんでいる。ちゃんとできていることもあります。",
    ),
    (
        "どうせ明日もうまくいかない。",
        PERM,
        "「明日もうまくいかない」と決めつけなくて大丈夫です。まだ決まっていません。",
    ),
    (
        "きっとまた怒られる。",
        PERM,
        "怒られるかもしれないと不安になっている。次はまた違う結果になるかもしれません。",
    ),
    (
        "頑張っても意味がない。",
        PERM,
        "頑張っても意味があるかどうか、今はまだ見えない。次はまた違う結果になるかもしれません。",
    ),
    (
        "もっと早く確認しておけば、こんなことにはならなかった。",
        PERS,
        "あのときは分からなかったことが、今は分かっている。私ひとりのせいではありません。",
    ),
    (
        "私なんかがリーダーをやっていいはずがない。",
        PERS,
        "私にもできることはある。まだ慣れていないだけです。",
    ),
    (
        "一度もお礼を言われたことがない。",
        PERM,
        "まだお礼を言われたことがない。次はまた違う結果になるかもしれません。",
    ),
    (
        "電話を取るたびに緊張する。",
        PERM,
        "電話を取ると、ときどき緊張する。次はまた違う結果になるかもしれません。",
    ),
    (
        "私が何か失礼なことを言ったから、電話を切られたんだ。",
        PERS,
        "何か行き違いがあったから、電話を切られたんだ。私ひとりのせいではありません。",
    ),
    ("私が問題なんです。", PERS, "状況が問題なんです。私ひとりのせいではありません。"),
    (
        "何年経っても成長しない。",
        PERM,
        "まだ成長しない。次はまた違う結果になるかもしれません。",
    ),
    (
        "何回言われても同じミスをしてしまう。",
        PERM,
        "まだ同じミスをしてしまう。次はまた違う結果になるかもしれません。",
    ),
    (
        "みんなは簡単にできるのに、私だけできない。",
        PERV,
        "一部の人は簡単にできるのに、私はまだできない。ちゃんとできていることもあります。",
    ),
    (
        "毎日毎日クレームばかりで、何のために働いているのか分からない。",
        PERM,
        "今日クレームが重なることもある、何のために働いているのか分からない。次はまた違う結果になるかもしれません。",
    ),
    (
        "先輩はきっと私のことを面倒だと思っている。",
        PERS,
        "先輩は今回のことを残念に思っているだけかもしれない。確かめるまでは、決めつけなくて大丈夫です。",
    ),
]

JA_BALANCED = [
    "最初はみんな慣れないものだ。",
    "最初はみんな戸惑うものです。",
    "いつも親切なお客様ばかりだといいのに。",
    "一生忘れられないお客様だった。",
    "お客様が全部理解してくれた。",
    "どうせなら楽しくやろう。",
    "今日はみんな忙しくて返信が遅かった。",
]


@pytest.mark.parametrize(("thought", "dimension", "expected"), JA_REWRITES)
def test_japanese_suggestions_keep_particles_and_copulas(
    thought: str, dimension: Dimension, expected: str
) -> None:
    suggestion = detect(thought, "ja").suggestions[dimension]
    assert suggestion == expected
    assert _still_marked(suggestion, "ja") == []


@pytest.mark.parametrize("thought", JA_BALANCED)
def test_japanese_balanced_thoughts_stay_unmarked(thought: str) -> None:
    assert detect(thought, "ja").markings == ()


# ---- Greek -------------------------------------------------------------------------------------

EL_REWRITES = [
    # mind reading of a label, newly marked; the verb keeps its number; typed without accents too
    (
        "Η προϊσταμένη σίγουρα με θεωρεί ανίκανη.",
        PERS,
        "Η προϊσταμένη ίσως είδε ένα λάθος μου, όχι όλη μου τη δουλειά.",
    ),
    (
        "Οι συνάδελφοι μάλλον με θεωρούν τεμπέλη.",
        PERS,
        "Οι συνάδελφοι ίσως είδαν ένα λάθος μου, όχι όλη μου τη δουλειά.",
    ),
    (
        "Ο διευθυντής σίγουρα πιστεύει ότι είμαι αποτυχημένος.",
        PERS,
        "Ο διευθυντής ίσως είδε ένα λάθος μου, όχι όλη μου τη δουλειά.",
    ),
    (
        "Ο πελατης σιγουρα με θεωρει ασχετο.",
        PERS,
        "Ο πελατης ίσως είδε ένα λάθος μου, όχι όλη μου τη δουλειά.",
    ),
    # gender and number agree
    (
        "Όλοι οι πελάτες είναι αγενείς.",
        PERV,
        "Κάποιοι πελάτες είναι αγενείς. Είναι μία περίπτωση, όχι όλες.",
    ),
    (
        "Ολες οι πελατισσες με μισουν.",
        PERS,
        "Κάποιες πελατισσες ίσως έχουν μια δύσκολη μέρα.",
    ),
    (
        "Η κλήση ήταν φιάσκο και ο πελάτης με αντιπαθεί.",
        PERS,
        "Η κλήση δεν πήγε καλά και ο πελάτης ίσως έχει μια δύσκολη μέρα.",
    ),
    ("Όλα είναι δικό μου λάθος.", PERS, "Είναι θέμα πολλών παραγόντων, όχι μόνο δικό μου."),
    ("Ήταν δικό μου λάθος.", PERS, "Ήταν θέμα πολλών παραγόντων, όχι μόνο δικό μου."),
    # "never" and "nobody" together, the future kept
    (
        "Ποτέ δεν με επαινεί κανείς.",
        PERV,
        "Αυτή τη φορά δεν με επαινεί. Είναι μία περίπτωση, όχι όλες.",
    ),
    (
        "Δεν θα τα καταφέρω ποτέ.",
        PERM,
        "Δεν θα τα καταφέρω αμέσως. Την επόμενη φορά μπορεί να πάει αλλιώς.",
    ),
    (
        "Δεν τα καταφέρνω ποτέ με τους δύσκολους πελάτες.",
        PERM,
        "Δεν τα καταφέρνω ακόμα με τους δύσκολους πελάτες. Την επόμενη φορά μπορεί να πάει αλλιώς.",
    ),
    ("Κανείς δεν με βοηθάει.", PERV, "Αυτή τη φορά δεν με βοηθάει. Είναι μία περίπτωση, όχι όλες."),
    ("Είμαι βάρος για την ομάδα.", PERS, "Είχα μια δύσκολη μέρα."),
    ("Είμαι η χειρότερη υπάλληλος.", PERS, "Είχα μια δύσκολη μέρα."),
    ("Δεν αξίζω αυτή τη θέση.", PERS, "Είμαι ακόμα στην αρχή."),
    # self-blame stated as a cause; the "because" stays
    (
        "Ο πελάτης έκλεισε επειδή τα έκανα θάλασσα.",
        PERS,
        "Ο πελάτης έκλεισε επειδή κάτι δεν πήγε καλά.",
    ),
    (
        "Σίγουρα έκανα κάτι λάθος και γι' αυτό θύμωσε ο πελάτης.",
        PERS,
        "Ίσως κάτι δεν πήγε καλά και γι' αυτό θύμωσε ο πελάτης.",
    ),
    ("Ο πελάτης θύμωσε εξαιτίας μου.", PERS, "Ο πελάτης θύμωσε για πολλούς λόγους."),
    (
        "Αν ήμουν πιο προσεκτική, δεν θα είχε γίνει.",
        PERS,
        "Τώρα ξέρω κάτι που τότε δεν ήξερα.",
    ),
    (
        "Τι νόημα έχει να προσπαθώ;",
        PERM,
        "Ίσως έχει νόημα να προσπαθώ, ακόμα κι αν τώρα δεν το βλέπω.",
    ),
    (
        "Ό,τι κι αν κάνω, δεν φτάνει.",
        PERV,
        "Αυτή τη φορά, δεν φτάνει. Είναι μία περίπτωση, όχι όλες.",
    ),
    (
        "Γιατί μόνο σε μένα συμβαίνουν αυτά;",
        PERV,
        "Αυτή τη φορά σε μένα συμβαίνουν αυτά. Είναι μία περίπτωση, όχι όλες.",
    ),
    (
        "Κάθε φορά ξεχνάω κάτι.",
        PERM,
        "Κάποιες φορές ξεχνάω κάτι. Την επόμενη φορά μπορεί να πάει αλλιώς.",
    ),
    (
        "Τα έκανα όλα λάθος, χάλασα τα πάντα.",
        PERV,
        "Κάτι πήγε στραβά, χάλασα ένα κομμάτι. Είναι μία περίπτωση, όχι όλες.",
    ),
    ("Οι συνάδελφοι δεν με υπολογίζουν.", PERS, "Οι συνάδελφοι δεν το δείχνουν πάντα."),
    (
        "Είμαι εντελώς ανίκανος να μιλήσω με θυμωμένους πελάτες.",
        PERS,
        "Δυσκολεύομαι να μιλήσω με θυμωμένους πελάτες.",
    ),
    ("Δεν είμαι καλή σε τίποτα.", PERS, "Δυσκολεύομαι με κάποια πράγματα."),
    ("Γιατί να ασχολούμαι πια;", PERM, "Ίσως αξίζει να ασχολούμαι, ακόμα κι αν τώρα δεν το βλέπω."),
    (
        "Η προϊσταμένη με βλέπει σαν βάρος.",
        PERS,
        "Η προϊσταμένη ίσως είδε ένα λάθος μου, όχι όλη μου τη δουλειά.",
    ),
    (
        "Όλα μου πάνε στραβά αυτό τον μήνα.",
        PERV,
        "Κάτι πήγε στραβά αυτό τον μήνα. Είναι μία περίπτωση, όχι όλες.",
    ),
]

EL_BALANCED = [
    "Όλοι κάνουμε λάθη.",
    "Ένα λάθος δεν σημαίνει ότι είμαι ανίκανη.",
    "Οι πελάτες μας έχουν τα πάντα σε τάξη.",
    "Ποτέ δεν είχα τόσο ευγενικό πελάτη.",
    "Κανείς δεν θύμωσε σήμερα.",
    "Θα ήθελα όλοι οι πελάτες να ήταν τόσο ευγενικοί.",
    "Αυτόν τον πελάτη θα τον θυμάμαι για πάντα.",
]


@pytest.mark.parametrize(("thought", "dimension", "expected"), EL_REWRITES)
def test_greek_suggestions_agree_in_gender_number_and_tense(
    thought: str, dimension: Dimension, expected: str
) -> None:
    suggestion = detect(thought, "el").suggestions[dimension]
    assert suggestion == expected
    assert _still_marked(suggestion, "el") == []


@pytest.mark.parametrize("thought", EL_BALANCED)
def test_greek_balanced_thoughts_stay_unmarked(thought: str) -> None:
    assert detect(thought, "el").of(PERM) == ()
    assert [m for m in detect(thought, "el").markings if m.about_self] == []


# ---- newly marked kinds, and the same words negated --------------------------------------------

NEWLY_MARKED = [
    (
        "ko",
        "팀장님이 답장을 안 한 건 내가 싫어서야.",
        PERS,
        "팀장님이 답장을 안 한 건 내가 싫어서가 아니야.",
    ),
    ("ko", "이런 일은 아무 의미도 없어.", PERM, "이런 일이 아무 의미도 없는 건 아니야."),
    ("ko", "다들 나보다 일을 잘해.", PERV, "다들 나보다 일을 잘하는 건 아니야."),
    (
        "ja",
        "上司は私を無能だと思っているに違いない。",
        PERS,
        "上司は私を無能だと思っているわけではない。",
    ),
    ("ja", "きっとクビになる。", PERM, "きっとクビになるわけではない。"),
    ("ja", "電話が鳴るたびに頭が真っ白になる。", PERM, "電話が鳴るたびにというわけではない。"),
    (
        "el",
        "Ο προϊστάμενος σίγουρα με θεωρεί ανίκανο.",
        PERS,
        "Ο προϊστάμενος δεν με θεωρεί ανίκανο.",
    ),
    ("el", "Κάθε φορά ξεχνάω κάτι.", PERM, "Δεν ξεχνάω κάθε φορά κάτι."),
    ("el", "Γιατί μόνο σε μένα συμβαίνουν αυτά;", PERV, "Δεν συμβαίνουν μόνο σε μένα αυτά."),
]


@pytest.mark.parametrize(("language", "thought", "dimension", "negated"), NEWLY_MARKED)
def test_new_kinds_are_marked_and_their_negation_is_not(
    language: str, thought: str, dimension: Dimension, negated: str
) -> None:
    assert detect(thought, language).of(dimension), thought
    assert detect(negated, language).of(dimension) == (), negated
