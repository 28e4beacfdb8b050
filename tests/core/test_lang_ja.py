"""Japanese: the rule pack, the reframe word list and the phrasebook, on our own sentences."""

from __future__ import annotations

import pytest

from companion.core.checker import check, load_pack
from companion.core.checker.model import CATEGORIES
from companion.core.phrasebook import CATEGORY_IDS, load_phrasebook
from companion.core.reframe import Dimension, detect


def _categories(text: str) -> set[str]:
    return {f.category for f in check(text, "ja").findings}


# ------------------------------------------------------------------ the pack


def test_the_japanese_pack_loads_with_every_category() -> None:
    pack = load_pack("ja")
    assert pack.lang == "ja"
    assert not pack.words_by_space
    assert {r.category for r in pack.rules} == set(CATEGORIES)
    assert all(r.id.startswith("ja-") for r in pack.rules)


def test_no_rewrite_brings_an_ascii_space() -> None:
    for rule in load_pack("ja").rules:
        for suggestion in rule.suggestions:
            assert " " not in suggestion, (rule.id, suggestion)


@pytest.mark.parametrize(
    ("reply", "category"),
    [
        ("いいえ、発送後の住所変更はできません。", "refusal"),
        ("セール品の返品はお断りしております。", "refusal"),
        ("それはお客様の勘違いです。", "blame"),
        ("配送の遅れは配送業者の責任です。", "blame"),
        ("この商品の取り寄せはいたしかねます。", "cant-without-can"),
        ("弊社のシステムで二重請求はありえません。", "absolute"),
        ("規約により、返金はできません。", "policy-without-why"),
        ("本件は二次対応チームにエスカレーションしました。", "jargon"),
        ("説明書はお読みになりましたか？？", "shouting"),
        ("先ほども申し上げましたが、返金には一週間かかります。", "dismissive"),
        ("その商品はもう在庫がないんだよ。", "dismissive"),
        ("こんなクレーマーの相手はしていられません。", "insult"),
    ],
)
def test_a_bad_reply_of_each_kind_is_flagged(reply: str, category: str) -> None:
    report = check(reply, "ja")
    assert category in _categories(reply), [f.rule for f in report.findings]
    weighty = [f for f in report.findings if f.category == category and f.severity != "hint"]
    assert report.verdict != "ok" or not weighty


def test_a_reply_missing_empathy_and_a_next_step_is_flagged_as_a_whole() -> None:
    reply = (
        "山田様\n\nご注文の商品は配送中に破損しました。ご注文のサイズは完売となっており、"
        "今季の再入荷はございません。\n\nサポート担当 佐藤"
    )
    assert {"no-empathy", "no-next-step"} <= _categories(reply)


QUIET_LINES = [
    # the refusal the guides teach: a cushion word and keigo, even with nothing after it
    "恐れ入りますが、こちらの商品はお取り扱いしておりません。",
    "大変申し訳ございませんが、セール品の返品はお受けいたしかねます。",
    # 「終わってから」 holds no 「ってか」
    "下書きが自動保存されています。書き終わってから登録すると、前の下書きは消えます。",
    # a can't followed by the step to take, or by how long until it works again
    "確認コードを送れませんでした。正しい電話番号を入力してください。",
    "ログインの失敗が続いたため、30分間ログインできません。",
    "このたびはご不便をおかけし、大変申し訳ございません。",
    "ご丁寧にご連絡いただき、ありがとうございます。",
    "お手数ですが、注文番号を教えていただけますでしょうか。",
    "恐れ入りますが、本体の裏にある製造番号をお知らせください。",
    "あいにく在庫を切らしておりますが、来週の入荷分からお取り置きいたします。",
    "問題ございません。住所の変更を承りました。",
    "ご注文の商品は本日発送いたしました。明日の午前中に届く予定です。",
    "お客様のせいではございません。こちらで再発送の手配をいたしました。",
    "お客様から「返金してほしい、ふざけるな」とのご連絡をいただきましたので、担当より折り返しご連絡いたします。",
    "恐れ入りますが、土曜日のお届けはいたしかねます。",
    # correct keigo next to the wrong forms above
    "お受け取りはどちらになさいますか？",
    "お届け先はこちらでよろしいでしょうか。",
    "こちらが交換用の部品でございます。",
    "お届けは来週の火曜日になります。",
    # comforting the customer is not a shrug; ですので/でしたら are not pushing back
    "お客様のせいではございません。仕方のないことですので、お気になさらないでください。",
    "ですので、明日改めてお電話いたします。",
    "でしたら、別の色をお取り寄せいたします。",
    # a comparison with ほう is not バイト敬語
    "専門の担当のほうが詳しいため、担当を代わらせていただきます。",
    # a real apology, thanks, a plain answer with a time
    "お返事が遅くなり、大変申し訳ございません。",
    "写真を送っていただき、ありがとうございます。おかげで原因がわかりました。",
    "調べたうえで、明日の正午までにお電話いたします。",
    # a refusal with a way forward, a firm but kind boundary, a handover that takes it on
    "あいにく土曜日は配達がないのですが、月曜日の午前でしたらお届けできます。",
    "大声が続くようでしたら、一度お電話を切らせていただき、こちらからかけ直します。",
    "私では判断できないため、責任者に確認して一時間以内にご連絡いたします。",
    # the customer's words quoted, a review reply that names what happened
    "「対応が遅い」とのお声をいただき、受付の手順を見直しました。",
    "ご来店ありがとうございました。お席のご案内でお待たせしてしまい、申し訳ございません。"
    "本日から予約の確認方法を改めております。",
    # the polite "I don't know" after a cushion, a polite request to read, a phone line
    "申し訳ございませんが、私ではわかりかねます。",
    "ご利用の前に、説明書をよくお読みください。",
    "あいにく鈴木は出張しておりまして、戻りは来週の月曜日でございます。",
    "発売日は未定ですが、決まりしだいメールでお知らせします。",
    "ご確認いただけましたら、こちらで手続きを進めます。",
    # a request with a cushion, and a figure to go on after bad news
    "恐れ入りますが、番号札をお取りになってお待ちください。",
    "保証の対象外で申し訳ございません。有償修理は6,000円、4日ほどで仕上がります。",
    # full tonight, with another evening offered; 左様でございますか
    "あいにく今夜は満席でございます。金曜日でしたら19時からご用意できます。",
    # steps of an instruction, a small task made easy, words that only look rude
    "アプリを開いて、右上の歯車から通知をオンにしてください。",
    "あとは画面の下のボタンを押すだけです。",
    "明日の朝早くそちらに伺います。",
    # the right forms next to the wrong ones above
    "以上でお揃いでしょうか。",
    "鈴木さんはいらっしゃいますでしょうか。",
    "左様でございますか。ご不便をおかけしました。",
    "お問い合わせの件、社内で話し合いましたが、今回はお受けできないことになりました。"
    "代わりに来月の新しいプランでしたら、同じ内容をご用意できます。よろしくお願いいたします。",
    "ご質問ありがとうございます。手順はヘルプの設定の項目にございますが、"
    "画面を見ながら一緒に進めることもできますので、お気軽にお知らせください。",
    "ご連絡ありがとうございます。お支払いの確認がまだ取れていないため、念のためご連絡いたしました。"
    "行き違いでお振込み済みでしたら、ご容赦ください。",
    # the polite "cannot" said briefly and clearly, as training teaches it
    "その日のご予約はいたしかねます。",
    # an apology that names our own fault, then thanks
    "こちらの不手際でご迷惑をおかけし、申し訳ございませんでした。貴重なご意見をありがとうございました。",
    # sharing the customer's disappointment is not an excuse
    "ご希望に届かず、私どもも大変残念に思っております。",
    # correct counter keigo and a comparison with ほう
    "一万円お預かりいたします。",
    "お箸はおつけしますか？",
    "軽さで選ばれるなら、こちらのほうがおすすめです。",
    # other customers mentioned to help, not to compare
    "ほかのお客様からも同じご質問をいただいておりますので、手順をまとめました。",
    "念のため、届いた箱をちゃんと開けてご確認いただけますか。",
    # asking for a receipt is not demanding proof; a price that is fair, said with care
    "ご購入の際のレシートはお手元にございますか。",
    "ご事情を伺ったうえで、明日の正午までに担当からご連絡いたします。",
    # the phone line, asked about politely; a surprise reason given after the apology with a date
    "恐れ入ります、少しお電話が遠いようでございます。",
    "お待たせして申し訳ございません。ご注文が重なっておりましたが、明日には発送いたします。",
    "わざわざお電話をいただき、ありがとうございます。",
    # regret that fills the heart is not a full house; an apology for the busy line
    "ご不便をおかけしたこと、申し訳ない気持ちでいっぱいです。",
    "窓口が込み合っており、ご迷惑をおかけしております。ウェブでも受け付けております。",
    # not sold here, but at another branch; a reminder that says why it is sent
    "その商品は当店では扱っておりませんが、本店でしたらご用意がございます。",
    "お支払いの期日が近いため、改めてご案内いたします。",
    # saved replies: 'it turned out', a procedural step, the no-reply footer, a greeting
    "配送会社に問い合わせたところ、お届けに三日ほどかかることが\n分かりました。",
    "パスワードの再設定を行ってください。",
    "いらっしゃいませ、受付の山口です。機器の不具合など、何でもご相談ください。",
    "ご要望ありがとうございます。次のアップデートで検討させていただきます。",
    # a calm line drawn on shouting or abuse, or on today's exchange only, is a boundary
    "威圧的なご発言が続くようでしたら、これ以上のご対応はできかねます。",
    "怒鳴られますと、お話を続けることができません。",
    "本日のところは、これ以上のご案内はいたしかねます。",
    # the polite 'I don't know'; a one-line refusal with regret and its reason
    "配達の時刻までは、わかりかねます。",
    "残念ながら定員に達しましたので、今回はお断りせざるを得ません。",
    "あいにく在庫が切れておりますため、ご注文はお受けできかねます。",
    # two offers joined by か, each humble: a choice, not piled-up keigo
    "修理品をお送りさせていただくか、新品と交換させていただきます。",
    # the way to do it, not a 'don't'; a hold that says what it is for; a fault owned as ours
    "お荷物は座席の下か上の棚にお入れください。",
    "お調べしますので、このままお待ちください。",
    "経理の木村におつなぎします。一分ほどお待ちいただけますか。",
    "大工が寸法を誤っておりました。弊社の確認不足です。明日お直しに伺います。",
    "段差があり危険ですから、足元にお気をつけください。",
    # a request of the customer is not our vague promise; a follow-up tied to the event
    "お振込みの期限が過ぎております。できるだけ早くお手続きください。",
    "ご来場の前日に、会場の地図と当日の流れを改めてお知らせいたします。",
    # a can't with what to choose instead, or with what to check before it is too late
    "申し訳ございませんが、その時間帯は受付ができません。別の時間帯をお選びください。",
    "定期便は、一度お申し込みいただくとお届け日の変更ができません。"
    "お申し込みの前に、お届け日をよくご確認ください。",
    # an old password replaced, with what to do now, is a notice, not a refusal
    "古いパスワードはもう使えません。新しいパスワードでログインしてください。",
    # a fixed-width mail wraps 「削除して⏎ください」: the polite ending is on the next line
    "お心当たりがない場合は、このメールを削除して\n　ください。",
    # the no-reply footer that gives the channel to use
    "本メールは自動でお送りしています。返信の形でご質問をいただいても、お答えできません。"
    "お問い合わせはサポートページからお願いいたします。",
    # the terms set out for the customer to read and agree to
    "下記の会員規約をお読みください。内容に同意いただけましたら、ページ下部のボタンを押してください。",
    # a shop's answer to a bad rating that names what it will change or whom it works with
    "ご迷惑をおかけし申し訳ございませんでした。今後は出荷前の検品を徹底するようにいたします。"
    "今後ともよろしくお願いいたします。",
    "ご迷惑をおかけし申し訳ございません。運送会社と連携し、改善に取り組んでまいります。"
    "今後ともよろしくお願いいたします。",
    # 「すぐに」「早めに」 are adverbs: the customer is asked to come back to us, not sent away
    "書類の記入で迷われたら、すぐに連絡してください。",
    # the wait is for our own help on its way; a full house told with an apology is kind bad news
    "すぐに私が受付までご案内に参りますから、少しそこで待っていてください。",
    "申し訳ございませんが、その日は満室でございます。",
    # a coupon for next time, a kind 〜くださいね, a day off with a way forward, people with a
    # booking (not a filler 方), a service we lack with what we offer instead, change and receipt
    "次回のご予約の際に、今回のクーポンもお使いいただけます。",
    "お帰りの際は、足元にお気をつけくださいね。",
    "日曜日は休業のため、お受け取りは月曜日の10時以降にお願いいたします。",
    "ご予約の方、こちらの列にお並びください。",
    "包装のサービスは行っておりませんが、無料の紙袋をお付けできます。",
    "二千円のお返しと、こちらがレシートでございます。",
    # near misses of the acts above that a trainer would praise
    "返品期限は過ぎておりますが、今回に限り無償で交換いたします。",
    "配送業者の手違いでご迷惑をおかけしました。業者に確認のうえ、明日の午前中に再配達いたします。",
    "多くの場合、この設定で通知が届くようになります。",
    "承知しました。",
    "今回は不承認となりましたが、不足していた書類をお送りいただければ再審査いたします。",
    "私どもも全力で原因を確認してまいります。",
    "詳しい手順はホームページに記載しております。",
    "土下座などは求めておりません。お話を伺えれば十分です。",
    # the OK side of the same pairs: an offer after あいにく, a cushioned refusal with its reason
    "申し訳ございません、あいにく在庫を切らしております。入荷しましたらお知らせいたしましょうか。",
    "ご期待に沿えず申し訳ございません。衛生上の理由から、使用後の交換はいたしかねます。",
    "お手続きに行き違いがあったようで申し訳ございません。すぐにお調べいたします。",
    "ご説明がわかりにくく申し訳ございません。改めてご案内いたします。",
    "ご心配をおかけしております。お申し込みの内容を改めて確認いたします。",
    # more of the OK side: a paid repair offered, an idea passed on, a like item we have
    "恐れ入りますが、落雷による故障は保証の対象外でございます。有償修理でしたら承りますが、いかがいたしましょうか。",
    "ご不便をおかけし申し訳ございません。現状ではできかねますが、ご意見として担当部署に伝えます。",
    "申し訳ございません、あいにくそちらは品切れでございます。色違いでしたらこちらがございます。",
    # a can't that leaves the choice to the customer: 「どちらかお選びいただけますか」
    "恐れ入りますが、二つのプランを同時にお申し込みすることはできません。どちらかお選びいただけますか。",
    # the line blamed on the signal; an arrival announced; a past step checked; a reason given
    "こちらの回線の調子が悪く、お声が聞き取りにくくなっております。すぐにおかけ直しいたします。",
    "院長、木村様がお見えになりました。",
    "控えは先ほどお渡ししましたが、よろしかったでしょうか。",
    "機材の故障のため、本日の体験会は中止とさせていただきます。申し訳ございません。",
    "大変お待たせしております。ご案内まで二十分ほどかかりますが、よろしいでしょうか。",
    # reassurance that all is well, a cushioned polite cannot
    "全然大丈夫ですので、お気になさらないでくださいね。",
    "社内で話し合いましたが、あいにく今回のご希望には添いかねます。",
    "エレベーターは、あちらの奥でございます。",
    "失礼ですが、どちらの会社の方でいらっしゃいますか。",
    "あいにく部長の鈴木は会議中でございます。終わり次第、折り返しお電話いたします。",
    "ご注文が倉庫に伝わっておらず、申し訳ございません。本日中に発送いたします。",
    "デザートも召し上がりますか。",
    "ご担当の方からお電話をいただき、ありがとうございました。",
    "配送部署と相談のうえ、明後日の午前中にお届けいたします。",
    "いらっしゃいませ。お荷物をお預かりいたします。",
    # the customer's trouble named as the topic (「ログインできない件」), not a can't of ours
    "アプリにログインできない件、ご不便をおかけしております。お手数ですが、一度アンインストールしてから入れ直していただけますでしょうか。",
    "印刷できないとのこと、ご不便をおかけしております。プリンターの電源を入れ直してから、もう一度お試しいただけますか。",
    # the customer's dissatisfaction asked about, not reported
    "解約をお考えとのこと、承知いたしました。差し支えなければ、ご不満をお感じになった点をお聞かせいただけますでしょうか。",
    # a share of a fee, and a rule named only to waive it this time
    "ご予約当日のキャンセルは、規定によりご宿泊料金の100％を頂戴しております。ただし、今回は大雪による欠航でしたので、キャンセル料はいただきません。",
    "キャンセル料は、3日前からは30％、当日は100％となっております。",
    # an outcome with its reason and the step to take again; a can't with the way on
    "お振込みの期限を過ぎていたため、ご予約は自動でキャンセルとなりました。お手数ですが、改めてお申し込みいただけますでしょうか。",
    "恐れ入りますが、セキュリティ上の理由からお電話で暗証番号をお伝えすることはできません。会員ページから再設定をお願いいたします。",
    # a device's hazard named before the don't, as a manual gives it
    "感電のおそれがございますので、濡れた手で電源プラグに触れないでください。",
    # what is not supported, with the things that are named to use instead
    "ご利用のブラウザは動作保証の対象外となっております。恐れ入りますが、ChromeまたはSafariの最新版でお試しください。",
    # how the screen behaves, described, with where to see the rest
    "売上の集計は毎朝6時に更新される仕様となっております。当日の売上は、注文一覧の画面でご確認いただけます。",
    # a can't with where the customer can lift it
    "ご契約の台数を超えたため、新しい端末を登録できない状態となっております。台数の追加は、管理画面の「契約内容」から行っていただけます。",
    # a loss put as a case, with how to get a new one
    "診察券を紛失された場合は、再発行が可能です。受付で保険証をご提示のうえ、お申し出ください。",
    # 「ただ、」 after a plain no, bringing what we will do, not taking back an apology
    "英語版の提供は、現時点では予定がございません。ただ、ご要望が増えておりますので、企画の担当に共有いたします。",
]


@pytest.mark.parametrize("reply", QUIET_LINES)
def test_apologies_thanks_cushions_and_plain_help_are_left_alone(reply: str) -> None:
    report = check(reply, "ja")
    assert report.verdict == "ok", [(f.rule, reply[f.start : f.end]) for f in report.findings]


def test_an_insult_makes_a_hard_reply_and_a_calm_boundary_does_not() -> None:
    assert check("頭がおかしいんですか？", "ja").verdict == "hard"
    calm = "お怒りはごもっともです。ただ、このようなお言葉が続く場合は、通話を終了いたします。"
    assert check(calm, "ja").verdict == "ok"


def test_blame_with_a_refusal_is_a_hard_reply() -> None:
    reply = "お客様の入力ミスによるものですので、返金はできません。"
    assert check(reply, "ja").verdict == "hard"


def test_a_quoted_customer_line_is_not_checked() -> None:
    reply = (
        "> ふざけるな、クソみたいな対応だ！！\n\n"
        "ご不快な思いをおかけし、申し訳ございません。本日中に交換品を発送いたします。"
    )
    assert check(reply, "ja").verdict == "ok"


def test_length_is_counted_in_characters_without_the_english_formula() -> None:
    clause = "、その件につきましては担当の部署に確認をしております"
    long_sentence = "確認いたしましたところ" + clause * 6 + "。"
    report = check(long_sentence, "ja")
    assert "too-long" in {f.category for f in report.findings}
    assert report.reading_ease is None


def test_a_plain_form_rewrite_reads_politely() -> None:
    from companion.core.checker import rewrites

    text = "返金はできないよ。"
    [finding] = [f for f in check(text, "ja").findings if f.rule == "ja-dismissive-plain-form"]
    assert "返金はできません。" in [r.text for r in rewrites(text, finding)]


# ------------------------------------------------------------------ reframe


@pytest.mark.parametrize(
    ("thought", "dimension"),
    [
        ("私はいつも失敗する。", Dimension.PERMANENT),
        ("また同じミスをしてしまった。", Dimension.PERMANENT),
        ("二度とうまくいかない気がする。", Dimension.PERMANENT),
        ("何をやってもうまくいかない。", Dimension.PERVASIVE),
        ("誰も助けてくれない。", Dimension.PERVASIVE),
        ("もう人生終わりだ。", Dimension.PERVASIVE),
        ("私は本当にダメな人間だ。", Dimension.PERSONAL),
        ("全部私のせいだ。", Dimension.PERSONAL),
        ("この仕事に向いていない。", Dimension.PERSONAL),
    ],
)
def test_distorted_thoughts_are_marked(thought: str, dimension: Dimension) -> None:
    detection = detect(thought, "ja")
    assert detection.of(dimension), thought
    suggestion = detection.suggestions[dimension]
    assert suggestion and " " not in suggestion


THOUGHTS_LEFT_ALONE = [
    "いつもではない。",
    "いつもじゃないよ。",
    "みんなが私を嫌っているわけではない。",
    "私のせいではない。",
    "今回はミスをしたけど、次は気をつけよう。",
    "ミスは誰にでもある。",
    "いつもありがとうと言ってくれるお客様もいる。",
    "今日のお客様は少し厳しかった。",
    "あの件は配送業者の遅れが原因だった。",
    "次に向けて直せる点が見つかった。",
    "今日の応対は途中まではうまくいった。",
    "あのお客様は急いでいたのかもしれない。",
    "褒められたのは、準備を続けてきたからだ。",
    "失敗しても、そこから学べる。",
]


@pytest.mark.parametrize("thought", THOUGHTS_LEFT_ALONE)
def test_negated_and_balanced_thoughts_are_left_alone(thought: str) -> None:
    assert detect(thought, "ja").is_empty, thought


# ------------------------------------------------------------------ phrasebook


def test_the_phrasebook_has_nine_categories_of_at_least_eight_phrases() -> None:
    book = load_phrasebook("ja")
    assert book.language == "ja"
    assert tuple(c.id for c in book.categories) == CATEGORY_IDS
    for category in book.categories:
        assert len(category.phrases) >= 8, category.id


def test_the_phrasebook_phrases_are_polite_and_pass_the_checker() -> None:
    """Each phrase is a piece of a reply: nothing in its words is flagged (whether the whole
    reply has an apology or a next step is for the reply it goes into)."""
    for phrase in load_phrasebook("ja").phrases():
        assert phrase.text.endswith(("。", "？")), phrase.text
        found = [f.rule for f in check(phrase.text, "ja").findings if f.source.kind != "missing"]
        assert not found, (phrase.text, found)


# ------------------------------------------------------------------ kinds found on public pages


FLAGGED_LINES = [
    # the same refusal without its cushion word, or made absolute with 「一切」
    ("お電話でのご予約は承っておりません。", "ja-refusal-declined"),
    ("申し訳ございませんが、返品は一切お受けしておりません。", "ja-refusal-declined"),
    # the same without the step or the time, and 「ってか」 as a word of its own
    ("このアカウントではログインできません。", "ja-cant-without-can"),
    ("ってか、それは無理です。", "ja-dismissive-vague-words"),
    # counter talk found on clinic and shop pages
    ("これぐらいの痛みなら大丈夫ですよ。", "ja-dismissive-minimising"),
    ("いつもと同じなので、ご説明は省略しますね。", "ja-dismissive-minimising"),
    ("ちゃんと冷やさないと腫れは引きませんよ。", "ja-blame-you-should-have"),
    ("毎日ちゃんと保湿してますか？", "ja-blame-you-should-have"),
    ("お待たせしました、こちらアイスコーヒーになります。", "ja-dismissive-wrong-keigo"),
    ("レシートはご一緒で良かったでしょうか？", "ja-dismissive-wrong-keigo"),
    ("あ、外れちゃったんですね。", "ja-dismissive-vague-words"),
    ("後ほど確認します。", "ja-dismissive-vague-wait"),
    ("急患が入ったので、後回しになります。", "ja-dismissive-vague-wait"),
    ("ご住所を教えてください。", "ja-blame-plain-request"),
    ("そのような口コミこそ失礼ではありませんか？", "ja-insult-judgement"),
    # excuses and shrugs
    ("年末は注文が集中しますので、遅れるのは仕方ありません。", "ja-dismissive-shrug"),
    ("当日は人が足りず、やむを得ない状況でした。", "ja-dismissive-shrug"),
    ("メールでお伝えしたつもりだったのですが。", "ja-dismissive-shrug"),
    # pushing back before listening
    ("ですから、ホームページに書いてある通りです。", "ja-dismissive-but"),
    ("そうおっしゃられても、在庫がないものはないです。", "ja-dismissive-but"),
    # keigo that customers hear as careless
    ("お受け取りはどちらにいたしますか？", "ja-dismissive-wrong-keigo"),
    ("お届け先はこちらでよろしかったでしょうか。", "ja-dismissive-wrong-keigo"),
    ("こちらが交換用の部品になります。", "ja-dismissive-wrong-keigo"),
    # the customer made the one who did not understand
    ("ご案内をご理解いただけず、残念です。", "ja-blame-contradict"),
    ("今週中に書類を送ってもらわないと困ります。", "ja-blame-you-need-to"),
    # a bare polite "cannot" (できかねます; the いたしかねます that training teaches is a hint)
    ("土曜日のお届けはできかねます。", "ja-cant-without-can-polite"),
    # タメ口 by its endings
    ("今ちょうど調べてるから。", "ja-dismissive-plain-form"),
    ("その型はもう終わっちゃった。", "ja-dismissive-plain-form"),
    ("まだ支払ってないの？", "ja-dismissive-plain-form"),
    # バイト敬語 and keigo turned the wrong way
    ("店長がそうおっしゃっていました。", "ja-dismissive-wrong-keigo"),
    ("詳しくは窓口で伺ってください。", "ja-dismissive-wrong-keigo"),
    ("お届け先のほう、お間違いないですか。", "ja-dismissive-wrong-keigo"),
    # 責任転嫁 and passing the customer on
    ("その件はうちの部署の担当じゃないんです。", "ja-dismissive-not-mine"),
    ("昨日のスタッフが受け付けたものなので。", "ja-dismissive-not-mine"),
    ("返金のことはカード会社に聞いてください。", "ja-dismissive-pass-on"),
    # the customer's action named as the cause
    ("ご指定いただいた日付に誤りがありました。", "ja-blame-you-are-wrong"),
    ("お客様が途中で画面を閉じられたことが原因です。", "ja-blame-you-are-wrong"),
    # the soft no, and a service we "do not do"
    ("土日の配達はちょっと厳しいです。", "ja-refusal-declined"),
    ("ギフト包装は当店ではやっておりません。", "ja-refusal-declined"),
    # excuses
    ("お盆で問い合わせが集中しておりましたので。", "ja-dismissive-excuse"),
    # 上から目線
    ("今回だけ特別に交換してあげますね。", "ja-dismissive-condescending"),
    ("ご説明の内容、お分かりになりましたか。", "ja-dismissive-condescending"),
    # 前にも申し上げましたが
    ("この前もお伝えしましたよね。", "ja-dismissive-as-i-said"),
    # 目安のない待機
    ("また改めてご連絡いたします。", "ja-dismissive-vague-wait"),
    ("入荷がいつになるかは分かりかねます。", "ja-dismissive-vague-wait"),
    # とりあえず／一応／たぶん
    ("一応、上に聞いてみます。", "ja-dismissive-hedge"),
    # 謝罪でない謝罪
    ("ご不便に感じられたとしたら、すみません。", "ja-dismissive-non-apology"),
    # 口コミ返信での反論
    ("常連のお客様からはご好評をいただいている味です。", "ja-blame-contradict"),
    ("当館としてはマニュアル通りの接客をしたと認識しております。", "ja-blame-contradict"),
    # 突き放す, sarcasm, minimising, judging the customer, threats
    ("あとはそちらで何とかしてください。", "ja-dismissive-push-away"),
    ("ご忠告どうも。", "ja-dismissive-sarcasm"),
    ("数分待っただけですよね。", "ja-dismissive-minimising"),
    ("読解力が少し足りないのではないでしょうか。", "ja-insult-judgement"),
    ("今後のご予約はお断りします。", "ja-insult-threat"),
    # a reply made only of stock lines
    (
        "口コミをいただき、ありがとうございます。スタッフ全員で共有いたします。"
        "またのお越しをお待ちしております。",
        "ja-dismissive-stock-reply",
    ),
    # humble words for what the customer does, respect words piled up, 〜様 on a thing
    ("あちらのソファにお掛けしてお待ちください。", "ja-dismissive-wrong-keigo"),
    ("お近くのコンビニでご利用できます。", "ja-dismissive-wrong-keigo"),
    ("ご来店になられたお客様に配っております。", "ja-dismissive-wrong-keigo"),
    ("ご住所様をご記入ください。", "ja-dismissive-wrong-keigo"),
    ("係の者にお伝えしておきます。", "ja-dismissive-wrong-keigo"),
    # plain, dialect and half-finished endings
    ("その型は今ないです。", "ja-dismissive-plain-form"),
    ("今日はもう無理やねん。", "ja-dismissive-plain-form"),
    ("在庫を確認しないといけないんで…", "ja-dismissive-plain-form"),
    # reproach, orders with a deadline, a bare no
    ("また番号を間違えたんですか？", "ja-blame-why-did-you"),
    ("今週中にご提出ください。", "ja-blame-you-need-to"),
    ("だめですね。", "ja-refusal-declined"),
    ("ご注文は電話のみとなっております。", "ja-refusal-declined"),
    # the delay put down to a cause, an apology for someone else's doing
    ("年度末で申請が重なったので、審査が遅れてしまいました。", "ja-dismissive-excuse"),
    ("係の者が不手際をしたそうで、申し訳ございません。", "ja-dismissive-non-apology"),
    # review replies that argue, threats, sarcasm, judging, minimising
    ("開業以来、そのようなお声をいただいたことは一度もございません。", "ja-blame-contradict"),
    ("お口に合わなかったのではと存じます。", "ja-blame-contradict"),
    ("これ以上は当方にも考えがございます。", "ja-insult-threat"),
    ("変えられるならとっくに変えています。", "ja-dismissive-sarcasm"),
    ("あなたのようなお客様は初めてです。", "ja-insult-judgement"),
    ("騒ぐほどのことではありません。", "ja-dismissive-minimising"),
    ("できる限り早めにお返事します。", "ja-dismissive-vague-wait"),
    ("ご納得いただけないなら、よその店を当たってください。", "ja-dismissive-push-away"),
    # blame by 〜せいで, a rule "written down", only a part-timer, hedged promises
    ("暗証番号を三回間違えたせいでロックがかかりました。", "ja-blame-you-are-wrong"),
    ("規約にそう定められていますので。", "ja-policy-without-why"),
    ("私は単なるアルバイトですので。", "ja-dismissive-not-mine"),
    ("修理のことは購入したお店に問い合わせてください。", "ja-dismissive-pass-on"),
    ("在庫が戻ればお送りできるかもしれません。", "ja-dismissive-vague-wait"),
    # talking down, a review reply that says the staff remember it differently
    ("少し考えればわかると思いますが。", "ja-dismissive-condescending"),
    ("受付の者は規定通りにご案内したと申しております。", "ja-blame-contradict"),
    ("ご不満のようでしたら、これで失礼します。", "ja-dismissive-push-away"),
    ("ちょっと汚れがあるぐらいで、着られないわけではありません。", "ja-dismissive-minimising"),
    # reproach in a negative question, "you'd be the only one", "we found nothing wrong"
    ("請求書をまだ開いていないんですか。", "ja-blame-why-did-you"),
    ("あなたのような頼み方をされる方はあまりいらっしゃいません。", "ja-blame-you-are-wrong"),
    ("検査の結果、故障は認められませんでした。", "ja-blame-contradict"),
    ("辛さの感じ方は個人の差だと思います。", "ja-blame-contradict"),
    # a door shut, a shrug, "it's no use", "you'll just have to give up"
    ("もう二度とお電話いただかなくて構いません。", "ja-insult-threat"),
    ("まあ、こういう日もありますよ。", "ja-dismissive-shrug"),
    ("何度メールされましても困ります。", "ja-blame-not-our-fault"),
    ("そのアプリは諦めていただくしかありません。", "ja-dismissive-push-away"),
    # casual joints, "it should work", "I should have sent it"
    ("調べてみますけど、時間はかかります。", "ja-dismissive-plain-form"),
    ("設定を変えれば動くはずです。", "ja-dismissive-hedge"),
    ("ご案内は先月お送りしたはずです。", "ja-dismissive-as-i-said"),
    # ぼかし言葉 and 若者言葉, a bare "that's wrong", "that can't be"
    ("ポイントとかは付きません。", "ja-dismissive-vague-words"),
    ("色はもっと明るい感じです。", "ja-dismissive-vague-words"),
    ("そちらのほうが早いんじゃないですか。", "ja-dismissive-vague-words"),
    ("それは違いますね。", "ja-blame-you-are-wrong"),
    ("そんなことはありえないかと存じます。", "ja-blame-contradict"),
    ("えっと、担当は今いないです。", "ja-dismissive-plain-form"),
    # plain words put to a customer
    ("こちらにサインしてもらえます？", "ja-dismissive-wrong-keigo"),
    ("お届け日は何にしますか。", "ja-dismissive-wrong-keigo"),
    ("お名前は何ですか。", "ja-dismissive-wrong-keigo"),
    ("あっちのレジでお願いします。", "ja-dismissive-plain-form"),
    # "I don't get what you mean", "that's only your impression", "so you say, but…"
    ("おっしゃっていることがよく分かりません。", "ja-dismissive-condescending"),
    ("それはお客様の思い込みです。", "ja-blame-contradict"),
    (
        "冷めていたとのことですが、スタッフは温かい状態でお出ししております。",
        "ja-blame-contradict",
    ),
    # a bare plain request, "if you'd said so sooner", "you chose it", "it's no different"
    ("番号札を取って待っていてください。", "ja-blame-plain-request"),
    ("前もってご相談いただければ、ご用意できたのですが。", "ja-blame-you-should-have"),
    ("ご自分で決められたプランですよね。", "ja-blame-you-should-have"),
    ("店長に相談しても結果は同じです。", "ja-dismissive-push-away"),
    ("予約のお客様が優先でございます。", "ja-refusal-everyone"),
    ("お店はもう閉めました。", "ja-refusal-declined"),
    ("さっきも同じご質問をされましたよね。", "ja-dismissive-as-i-said"),
    # full, not eligible, "have you read it?", luck, "it was the crowd"
    ("あいにく今月は満室となっております。", "ja-refusal-declined"),
    ("ご案内メールはご覧になりましたか？", "ja-blame-why-did-you"),
    ("不良品に当たったのは運が悪かったですね。", "ja-dismissive-minimising"),
    ("ご注文が遅れたのは悪天候のためです。", "ja-dismissive-excuse"),
    ("お気に召さなかったようで残念です。", "ja-dismissive-non-apology"),
    ("サイズが違うとおっしゃっても、表記どおりでございます。", "ja-blame-not-our-fault"),
    # speech lock, "what are you doing?", ご〜される, a curt e-mail close
    ("まだ歩かないでください。", "ja-blame-plain-request"),
    ("廊下で何をしているんですか。", "ja-blame-why-did-you"),
    ("こちらのクーポンはご使用されますか。", "ja-dismissive-wrong-keigo"),
    ("取り急ぎ用件のみ。", "ja-dismissive-wrong-keigo"),
    # bad news then "accept it", a notice "already given", the rules as the whole answer
    ("送料が上がりました。ご了承ください。", "ja-dismissive-bare-acceptance"),
    ("メンテナンスの日程はお知らせ済みです。", "ja-dismissive-as-i-said"),
    ("ご契約の解除は約款に則った処理です。", "ja-policy-without-why"),
    ("ご注文は手順どおりに処理しております。", "ja-blame-contradict"),
    ("そんなご質問は初めて聞きました。", "ja-blame-contradict"),
    ("取り消した予約は戻せません。", "ja-refusal-declined"),
    ("私たちも人間ですから。", "ja-dismissive-excuse"),
    ("この件のお話はもう済みました。", "ja-dismissive-push-away"),
    ("お客様の使い方の問題かと思います。", "ja-blame-you-are-wrong"),
    # a bare 「はい？」, a no that trails off, the contracted 〜てます, 自己責任
    ("はい？", "ja-dismissive-condescending"),
    ("土曜日の配達はちょっと…", "ja-refusal-declined"),
    ("いま調べてます。", "ja-dismissive-plain-form"),
    ("設定の変更はご自身の自己責任でお願いします。", "ja-blame-you-are-wrong"),
    # "do it yourself", "check properly before you order", "do as it says"
    ("返品の手配はご自身でやってください。", "ja-dismissive-push-away"),
    ("よく読んでから申し込んでください。", "ja-blame-you-should-have"),
    ("メールに記載のとおりにしてください。", "ja-dismissive-condescending"),
    ("今は忙しいので後にしてください。", "ja-blame-plain-request"),
    # our own boss by bare title, the staff defended, sorry-then-"but", 〜形となりました
    ("部長は本日出張しております。", "ja-dismissive-wrong-keigo"),
    ("うちの者に悪気はございません。従業員に落ち度はありません。", "ja-blame-contradict"),
    (
        "お待たせして申し訳ございませんでした。しかしながら、当日は予約が重なっておりました。",
        "ja-dismissive-excuse",
    ),
    ("ご返金はお受けできない形となりました。", "ja-dismissive-non-apology"),
    # respect words for a colleague, humble ones for the customer, a price that "becomes"
    ("店長が明日伺うとおっしゃっていました。", "ja-dismissive-wrong-keigo"),
    ("鈴木さんは本日お休みになっています。", "ja-dismissive-wrong-keigo"),
    ("あちらでお座りしていてください。", "ja-dismissive-wrong-keigo"),
    ("合計で三千円になります。", "ja-dismissive-wrong-keigo"),
    # a closing formula is not something done for the customer
    (
        "お問い合わせの件、社内で話し合いましたが、お受けするのは難しいとの結論に至りました。"
        "引き続きよろしくお願いいたします。",
        "ja-refusal-declined",
    ),
    # the manual pointed at, and nothing more
    (
        "ご質問ありがとうございます。その手順はヘルプの設定の項目に掲載がございます。"
        "そちらをご参照ください。",
        "ja-dismissive-condescending",
    ),
    # a review reply that says nobody else complained
    (
        "ご投稿ありがとうございます。同じ日のほかのお客様からは、お叱りの声は頂戴しておりません。",
        "ja-blame-contradict",
    ),
    # a reminder that reproaches
    (
        "何度もご請求申し上げておりますが、まだご入金がございません。大至急お振込みください。",
        "ja-dismissive-as-i-said",
    ),
    # "another department", said as the whole answer
    ("お電話ありがとうございます。そちらは窓口が異なりますので。", "ja-dismissive-not-mine"),
    # バイト敬語 at the counter: ちょうどお預かり, 〜の方 before the service,
    # お疲れ様です to a customer
    ("三千円ちょうどお預かりします。", "ja-dismissive-wrong-keigo"),
    ("ストローの方おつけしますか？", "ja-dismissive-wrong-keigo"),
    ("お疲れ様でした。またお待ちしております。", "ja-dismissive-wrong-keigo"),
    # disbelief: the customer's account cannot be true
    ("そんなはずはないんですが、もう一度見てもらえますか。", "ja-blame-contradict"),
    # the customer measured against others, or asked whether they can read
    ("他の患者さんはみなさんちゃんと守っていますよ。", "ja-dismissive-condescending"),
    ("メール、最後まで読めてますか？", "ja-dismissive-condescending"),
    # blame put on the person's own effort, or a guessed slip
    ("正直なところ、生徒さんの練習不足ですね。", "ja-blame-you-are-wrong"),
    ("どこかで濡らしたんじゃないですか。", "ja-blame-you-are-wrong"),
    # a plain clause left hanging, a startled あっ before the apology
    ("今日はもう受付終わったので。", "ja-dismissive-plain-form"),
    ("あっ、すみません、替えます。", "ja-dismissive-plain-form"),
    # "we did check, but" and "it was someone else's instruction"
    ("十分に注意していたのですが、誤配送が起きてしまいました。", "ja-dismissive-excuse"),
    ("配送は委託先の判断によるものです。", "ja-dismissive-not-mine"),
    # hurrying the customer, pushing the sale
    ("後ろのお客様がお待ちなので、手短にお願いします。", "ja-dismissive-push-away"),
    ("今契約しないと、このキャンペーンは終わりですよ。", "ja-dismissive-pressure"),
    # the customer's old device or their senses named as the cause
    ("ルーターが古いからかと思います。", "ja-blame-you-are-wrong"),
    ("音は気のせいだと思いますよ。", "ja-blame-you-are-wrong"),
    # the price, another shop or "so it's a complaint?" used to belittle
    ("このお値段ですので、これ以上はちょっと。", "ja-dismissive-condescending"),
    ("それってクレームですか？", "ja-dismissive-condescending"),
    ("ググればすぐ出てきますよ。", "ja-dismissive-condescending"),
    # vague promises, proof demanded, a sarcastic "so a refund will do?"
    ("ご要望は前向きに検討いたします。", "ja-dismissive-hedge"),
    ("その根拠はあるんですか？", "ja-blame-contradict"),
    ("謝ればいいんでしょう？", "ja-dismissive-sarcasm"),
    # "I never heard of it", "if only you had said so first", ending the call
    ("そのようなお話は伺っておりません。", "ja-dismissive-not-mine"),
    ("初めから言ってもらわないと困ります。", "ja-blame-you-should-have"),
    ("もういいですか、次がありますので。", "ja-dismissive-push-away"),
    ("注意事項にも明記のとおり、返品は七日以内です。", "ja-dismissive-as-i-said"),
    ("アプリを入れ直せばいいだけの話です。", "ja-dismissive-condescending"),
    ("接客には自信を持っておりますが、そう感じられたのですね。", "ja-blame-contradict"),
    ("今回は交換しますが、次回からは対応いたしかねます。", "ja-dismissive-push-away"),
    # the excuse before the apology: our busy day, a new hand, a surprise to us too
    (
        "連休でお問い合わせが集中しておりまして、ご返信が遅くなり申し訳ございません。",
        "ja-dismissive-excuse-first",
    ),
    ("スタッフ不足により、発送が遅れております。", "ja-dismissive-excuse-first"),
    (
        "経験の浅い者が接客しておりましたので、失礼があったかと存じます。",
        "ja-dismissive-excuse-first",
    ),
    ("私どもも予想外の事態に驚いております。", "ja-dismissive-excuse-first"),
    # the customer's own doing as the only explanation, their version doubted
    ("お手元の端末の設定が誤っているのではないかと思われます。", "ja-blame-you-are-wrong"),
    ("保管方法に問題があったのではないでしょうか。", "ja-blame-you-are-wrong"),
    ("スタッフはしっかりご案内したと申しております。", "ja-blame-contradict"),
    ("本当にこちらでお買い上げになったのですか？", "ja-blame-contradict"),
    ("返金になるかどうかは当社で判断します。", "ja-blame-contradict"),
    ("これまで他のお客様からはそのような苦情はいただいておりません。", "ja-blame-contradict"),
    # sarcasm, legal steps, pushing the customer away, 'do it yourself first'
    ("ご立派なお考えをお聞かせいただき、恐縮です。", "ja-dismissive-sarcasm"),
    ("度重なるご要求は法的措置の対象となる可能性がございます。", "ja-insult-threat"),
    ("お気に召さないのでしたら、他社に乗り換えられてはいかがでしょう。", "ja-dismissive-push-away"),
    ("お電話の前に、説明書の十二ページをお読みください。", "ja-dismissive-condescending"),
    # a supplier's slip as the reason, 'don't say it to me', 'ask the shop yourself'
    ("倉庫側の不手際でしたので、こちらではどうにもならない状態です。", "ja-dismissive-not-mine"),
    ("当店に言われましても、お答えは変わりません。", "ja-dismissive-not-mine"),
    ("詳しくはメーカーさんのほうでお聞きください。", "ja-dismissive-pass-on"),
    # 'it's a nuisance when you do that', 'you agreed to it, didn't you'
    ("箱を捨てられると困るんですよね。", "ja-blame-you-should-have"),
    ("利用規約に同意されていますよね。", "ja-blame-you-should-have"),
    ("部長は先ほど帰宅されております。", "ja-dismissive-wrong-keigo"),
    ("ご要望の件は、今後の導入を検討いたします。", "ja-dismissive-vague-wait"),
    ("確かに説明書はお読みになったんですよね？", "ja-blame-contradict"),
    ("これでよい教訓になったでしょう。", "ja-dismissive-sarcasm"),
    # care and cabin talk: 'put up with it', a child's scolding, a 'don't' instead of the way
    ("熱いけど我慢して飲んでくださいね。", "ja-blame-plain-request"),
    ("夜中に出歩いてはダメでしょう。", "ja-blame-plain-request"),
    ("非常口の前に荷物を置かないでください。", "ja-blame-plain-request"),
    ("また、お薬を飲み忘れたの？", "ja-blame-why-did-you"),
    ("またですか。", "ja-blame-why-did-you"),
    ("そこは危ないですから。", "ja-dismissive-condescending"),
    # a message taken in plain words; the fault handed to the craftsman or the subcontractor
    ("主任に言っておきます。", "ja-dismissive-wrong-keigo"),
    ("下請けの業者がミスをしまして。", "ja-dismissive-not-mine"),
    ("職人さんが勝手に壁紙を変えてしまったんです。", "ja-dismissive-not-mine"),
    # a bare hold or hand-over; a procedure named but not said; 'it's in my listing'
    ("お待ちください。", "ja-dismissive-bare-hold"),
    ("いま、かわります。", "ja-dismissive-bare-hold"),
    ("担当部署に伝えておきます。", "ja-dismissive-bare-hold"),
    ("解約には所定の書類が必要です。", "ja-dismissive-vague-words"),
    ("発送日は商品説明に書いてありますよ。", "ja-dismissive-condescending"),
    # still flagged next to the saved replies above: our own vague haste, a bare can't, an old
    # card refused with nothing after it, a plain te-form at a line's end, the bare terms
    ("できるだけ早く発送しますので、お待ちください。", "ja-dismissive-vague-wait"),
    ("その時間帯は受付ができません。", "ja-cant-without-can"),
    ("古いカードはもう使えません。", "ja-refusal-declined"),
    ("そこで少し待って\nすぐ戻るから。", "ja-dismissive-plain-form"),
    ("規約をお読みください。", "ja-policy-without-why"),
    # clinic, inn and agency counters: scolding for the delay, a booking flatly denied, hearsay
    # for an answer, a sweeping word about a kind of person, the way it has always been done
    ("どうしてもっと早く連れてこなかったの！", "ja-blame-why-did-you"),
    ("その日のご予約は入っていませんよ。", "ja-blame-contradict"),
    ("そうでしたっけ？こちらでは伺っていないと思いますが。", "ja-blame-contradict"),
    ("開業以来ずっと同じやり方で続けてきておりますので。", "ja-blame-contradict"),
    ("この薬は眠くなりやすいと聞いています。", "ja-dismissive-hedge"),
    ("男性なんて、みなさん面倒がりますからね。", "ja-dismissive-condescending"),
    # station, bus, post-office and utility counters: a bare order, an apology demanded of the
    # customer, 'obstruction' in the plain style, the customer's motive run down, another
    # section's orders for a reason, 'we can't tell' with nowhere to turn, a flat 'can't hand over'
    ("ここは終点だ、さっさと降りろ！", "ja-insult-name-calling"),
    ("迷惑をかけておいて、謝罪の一言もないんですか。", "ja-insult-name-calling"),
    ("入口で騒ぐのは営業妨害になるぞ。", "ja-insult-threat"),
    ("無料だから来るんでしょうね。", "ja-insult-judgement"),
    ("営業部の指示でそうなっていますので。", "ja-policy-without-why"),
    ("弊社ではその保証の範囲はわかりかねます。", "ja-dismissive-brush-off"),
    ("その品は本日は渡せません。倉庫にしか置いていないのです。", "ja-refusal-declined"),
    ("下の名前とご住所を教えてください。", "ja-blame-plain-request"),
    # kinds of wording: an amount, a receipt or a filler 方 in counter keigo, ご〜していただく,
    # 'we do not do' with を, an order for next time, our own limit or day off made the
    # customer's chore with a warning or 〜くださいね
    ("お会計は四十円になります。", "ja-dismissive-wrong-keigo"),
    ("こちらの用紙にご署名していただけますか。", "ja-dismissive-wrong-keigo"),
    ("二千円とレシートのお返しでございます。", "ja-dismissive-wrong-keigo"),
    ("お料理の方、以上でおそろいでしょうか。", "ja-dismissive-wrong-keigo"),
    ("当店では、お直しのサービスを行っていません。", "ja-refusal-declined"),
    ("次回からは、傘は傘立てに置いてください。", "ja-blame-you-should-have"),
    ("今後はきちんと予約の時間を守るようにしてください。", "ja-blame-you-should-have"),
    ("日曜の配達はできかねますので、土曜に受け取ってくださいね。", "ja-dismissive-condescending"),
    ("年末年始は休業なのでご注意ください。", "ja-dismissive-condescending"),
    # the acts an English pack names, said the Japanese way: no way left, passed over, outside
    # the window, no exception for one, the slip named in respect words, "had you read it",
    # a third party blamed, a guess for a promise, a plain threat, our busy week, mock thanks,
    # officialese, the team's abbreviations, a bare outcome, a curt question, our own troubles,
    # drama for an apology, a stock promise, a certain result, a correcting opener
    ("こちらではもうお手伝いのしようがありません。", "ja-refusal-unable-to-help"),
    ("今回のご応募は見送らせていただきます。", "ja-refusal-declined"),
    ("返金の受付期限はとっくに過ぎています。", "ja-refusal-declined"),
    ("お客様だけを例外扱いにはできかねます。", "ja-refusal-everyone"),
    ("メールアドレスを書き間違えていらっしゃいます。", "ja-blame-you-are-wrong"),
    ("雨漏りはお宅の屋根の問題かと思われます。", "ja-blame-you-are-wrong"),
    ("箱の注意書きを確認されていれば、割れずに済んだはずです。", "ja-blame-you-should-have"),
    ("お支払いの確認が取れるまで、会員証は発行しません。", "ja-blame-until-you"),
    ("ご近所とのトラブルについては関知いたしかねます。", "ja-blame-not-our-fault"),
    ("レビューの星を修正していただけましたら、割引券をお送りします。", "ja-blame-contradict"),
    ("ドライバーが住所を間違えたようです。", "ja-dismissive-not-mine"),
    ("そのキャンペーンの話は、私は何も知らされておりません。", "ja-dismissive-not-mine"),
    ("部品の取り寄せには数か月かかる可能性があります。", "ja-dismissive-vague-wait"),
    ("はっきり申し上げて、この機種を直すのは無理だと思います。", "ja-dismissive-hedge"),
    ("これ以上ごねるなら、電話を切りますよ。", "ja-insult-threat"),
    ("今月は人手が足りず、手一杯でして。", "ja-dismissive-excuse-first"),
    ("ご丁寧に長文のお叱りをどうもありがとうございます。", "ja-dismissive-sarcasm"),
    ("たった一日の遅れじゃないですか。", "ja-dismissive-minimising"),
    ("お客様って本当にしつこい方ですね。", "ja-insult-judgement"),
    ("貴殿の申し出につき、受理いたしかねる旨、ご通知いたします。", "ja-jargon-officialese"),
    ("PKGのQAはEODまでに終わります。", "ja-jargon-acronyms"),
    ("再発行の申請は却下となりました。", "ja-refusal-bare-outcome"),
    ("生年月日は？", "ja-dismissive-curt"),
    ("今朝だけでもう同じお電話が五件目です。", "ja-dismissive-about-us"),
    ("腹を切ってお詫びする覚悟でございます。", "ja-dismissive-overdone"),
    ("ご意見は今後の課題とさせていただきます。", "ja-dismissive-canned"),
    ("この洗剤なら100%落ちます。", "ja-absolute-certain"),
    ("そもそも、その機能は有料プランだけです。", "ja-dismissive-but"),
    # the same acts in other shops and other words: a clinic, a hotel, a partner company
    ("ここで一人に認めてしまうと、ほかの利用者様に説明がつきません。", "ja-refusal-everyone"),
    ("夜間の受け取りは承っておりません。", "ja-refusal-declined"),
    ("ご記載の住所は正しくありません。", "ja-blame-you-are-wrong"),
    ("乾燥機にかけられたのが縮みの原因です。", "ja-blame-you-are-wrong"),
    ("ご予約の前にお電話いただきたかったです。", "ja-blame-you-should-have"),
    ("当クリニックの説明に誤りはございませんでした。", "ja-blame-contradict"),
    ("提携先のレンタカー会社が車を用意していなかったようです。", "ja-dismissive-not-mine"),
    ("このアプリなら間違いなく売上が伸びます。", "ja-absolute-certain"),
    ("メールでも申し上げましたとおり、振込手数料はお客様のご負担です。", "ja-dismissive-as-i-said"),
    ("大人でもわかる設定ですよ。", "ja-dismissive-condescending"),
    ("予約が集中しすぎて、お返事が追いつきませんでした。", "ja-dismissive-excuse"),
    ("私どもも休まず営業しているんです。", "ja-dismissive-about-us"),
    ("点検が済みましたらお知らせします。", "ja-dismissive-vague-wait"),
    ("ご応募の書類は受理されませんでした。", "ja-refusal-bare-outcome"),
    ("お届け日のお約束はしておりません。", "ja-dismissive-canned"),
    ("そのお名前でのご注文の記録はございませんよ。", "ja-blame-contradict"),
    ("店では輸入品は扱ってないですね。", "ja-refusal-declined"),
    ("ご不満なら退会していただいて結構です。", "ja-dismissive-push-away"),
    ("詳しい手順はご自分で調べていただけますか。", "ja-dismissive-condescending"),
    ("それ以上のご依頼には対応いたしかねます。", "ja-refusal-unable-to-help"),
    ("ご連絡がなかったため、お申し込みはキャンセル扱いとなりました。", "ja-refusal-bare-outcome"),
    ("そんなクレームは初めてです。", "ja-blame-contradict"),
    # the NG side of a trainer's pair: everyday words, 申す for the customer, an order, a bare no
    ("今日はもう終わりです。", "ja-dismissive-everyday-words"),
    ("あとで連絡します。", "ja-dismissive-everyday-words"),
    ("デザートどうですか？", "ja-dismissive-everyday-words"),
    ("お客様が先ほど申したとおり、配送日を変更しました。", "ja-dismissive-wrong-keigo"),
    ("伊藤はただいまいらっしゃいません。", "ja-dismissive-wrong-keigo"),
    ("受付票に住所を書いてください。", "ja-blame-plain-request"),
    ("診察券出して。", "ja-blame-plain-request"),
    ("ご理解ください。", "ja-blame-plain-request"),
    ("平日は予約なしでは入れませんよ。", "ja-refusal-declined"),
    ("シングルはもう空いてません。", "ja-refusal-declined"),
    ("メニューに書いてある通りです。", "ja-dismissive-push-away"),
    ("マニュアルを見てください。", "ja-dismissive-condescending"),
    ("ホームページを調べたらわかりますよ。", "ja-dismissive-condescending"),
    ("ご回答が遅れました。", "ja-dismissive-late-no-apology"),
    ("システムでそうなってるので、変えられません。", "ja-policy-without-why"),
    # more of the NG side: a closed day or a full car park put flat, 「もう一回」, 〜ますんで
    ("木曜は定休日です。", "ja-refusal-declined"),
    ("平日の夜は満車です。", "ja-refusal-declined"),
    ("値引きはやってないです。", "ja-refusal-declined"),
    ("住所をもう一回言ってもらえます？", "ja-dismissive-everyday-words"),
    ("すぐ戻りますんで。", "ja-dismissive-everyday-words"),
    ("お客様が以前拝見した書類です。", "ja-dismissive-wrong-keigo"),
    ("ここではマスクをしてください。", "ja-blame-plain-request"),
    ("熱を測って。", "ja-blame-plain-request"),
    ("ご回答は以上です。", "ja-dismissive-push-away"),
    ("仕様なので変えられません。", "ja-policy-without-why"),
    # 「なんでですか」, 「それって」, 'it is up to you', a flat 'can't use' and 'I was never told'
    ("えっと、なんでですか？", "ja-dismissive-everyday-words"),
    ("それって本人じゃないとだめですか？", "ja-dismissive-everyday-words"),
    ("解約するかはお客様の自由ですよ。", "ja-dismissive-push-away"),
    ("このクーポンは使えないですね。", "ja-refusal-declined"),
    ("キャンセルの話は聞いてないです。", "ja-blame-contradict"),
    # 「お客様、困ります」, 'too late to tell us now', 'asking the impossible', 「よろしくです」
    ("お客様、そういうのは困ります。", "ja-dismissive-push-away"),
    ("今さらそんなことを言われても。", "ja-blame-not-our-fault"),
    ("明日の指定は無理な相談ですよ。", "ja-refusal-declined"),
    ("では、よろしくです。", "ja-dismissive-everyday-words"),
    # 'next person', 'it is the rule' with no reason, 'call it yourself', 'go and get it'
    ("はい、次の人。", "ja-dismissive-everyday-words"),
    ("予約は前日までの決まりなんですよ。", "ja-policy-without-why"),
    ("迎えの車は自分で呼んでください。", "ja-dismissive-push-away"),
    ("処方箋は窓口でもらってください。", "ja-blame-plain-request"),
    # the bad line put on the customer's voice
    ("ちょっと聞こえないんですが、もう一度お願いします。", "ja-blame-cant-hear"),
    ("お声が聞き取りにくいので、もう少し大きな声でお願いします。", "ja-blame-cant-hear"),
    ("何度お聞きしても聞き取れません。", "ja-blame-cant-hear"),
    # our own staff raised, the customer lowered
    ("あいにく店長は、もうお帰りになっています。", "ja-dismissive-wrong-keigo"),
    ("課長でしたら、本日はいらっしゃいません。", "ja-dismissive-wrong-keigo"),
    ("責任者に判断していただきますので、お待ちください。", "ja-dismissive-wrong-keigo"),
    ("社長、中村様がロビーに参りました。", "ja-dismissive-wrong-keigo"),
    # a brush-off, the customer presumed not to know or to have read
    ("はいはい", "ja-dismissive-plain-form"),
    ("ご存知ないかもしれないですが、このアプリは無料です。", "ja-dismissive-condescending"),
    ("前回の返信は読んでいただけていますよね。", "ja-dismissive-condescending"),
    # a decision with no reason, a long wait told flat, a vague promise
    ("ご契約は今月末で解除とさせていただきます。", "ja-policy-decided-no-reason"),
    ("この件のご相談は打ち切りとさせていただきます。", "ja-policy-decided-no-reason"),
    ("順番が来るまで二時間近くかかります。", "ja-dismissive-wait-no-apology"),
    ("診察まで一時間以上待っていただきます。", "ja-dismissive-wait-no-apology"),
    ("今後はそのようなことのないよう努めてまいります。", "ja-dismissive-canned"),
    # the customer contradicted in a hedge, a wish refused, "no intention", doubted, pressed
    ("いいえ、違うのではないかと。", "ja-blame-you-are-wrong"),
    ("ご依頼には添えません。", "ja-refusal-unable-to-help"),
    ("キャンセルに応じるつもりはございません。", "ja-refusal-flat-no"),
    ("今の手順でおわかりいただけたかと存じますが、いかがでしょう。", "ja-dismissive-condescending"),
    ("本当にその色でいいんですね。", "ja-dismissive-condescending"),
    ("無理にとは申しませんけど、セットのほうがお得ですよ。", "ja-dismissive-pressure"),
    # さ入れ言葉, でございます after an adjective, our own people raised with 申し上げる
    ("本日はこれで帰らさせていただきます。", "ja-dismissive-wrong-keigo"),
    ("こちらの方が新しいでございます。", "ja-dismissive-wrong-keigo"),
    ("課長にも申し上げておきますね。", "ja-dismissive-wrong-keigo"),
    ("お皿のほうは何枚お持ちしますか。", "ja-dismissive-wrong-keigo"),
    # the counter's なります after a pause, a caller asked plainly, our boss named with the title
    ("エレベーターは、あちらになります。", "ja-dismissive-wrong-keigo"),
    ("分割でのお支払いという形になります。", "ja-dismissive-wrong-keigo"),
    ("どこの会社の人ですか？", "ja-dismissive-wrong-keigo"),
    ("あいにく鈴木部長は会議中です。", "ja-dismissive-wrong-keigo"),
    # a bare 'so what', 'not our business', the customer's facts interrogated, a threat
    ("あっそ。", "ja-dismissive-plain-form"),
    ("うちには関係ありません。", "ja-dismissive-brush-off"),
    ("その話、いつ聞いたんですか？", "ja-blame-why-did-you"),
    ("こんな書き込みをするなら、訴えてやる。", "ja-insult-threat"),
    # our own slip told as a fact, with no apology
    ("ご注文が倉庫に伝わっていなかったようです。", "ja-dismissive-slip-no-apology"),
    # go elsewhere if unhappy, our way called the norm, the report 'not confirmed', 'usually fine'
    ("気に入らないようでしたら、よそのお店でどうぞ。", "ja-dismissive-condescending"),
    ("うちではそれが普通ですよ。", "ja-dismissive-condescending"),
    ("そういった発言は、こちらでは確認できませんでした。", "ja-blame-contradict"),
    ("ふだんなら、もっと早くお出しできるんですけど。", "ja-dismissive-excuse"),
    ("替えはもうないです。", "ja-dismissive-plain-form"),
    # double keigo in a question, humble words for the customer's party, our colleague as 〜の方
    ("デザートもお召し上がりですか。", "ja-dismissive-wrong-keigo"),
    ("田中様が受付でお待ちしております。", "ja-dismissive-wrong-keigo"),
    ("スタッフの方からご説明いたします。", "ja-dismissive-wrong-keigo"),
    ("こちらの用紙にお書きしていただけますか。", "ja-dismissive-wrong-keigo"),
    # officialese that commits to nothing, no precedent as the reason, a review writer called a
    # liar or a kind of person, the customer sized up
    ("関係機関と連携を図り、慎重に検討してまいります。", "ja-dismissive-canned"),
    ("前例がないので、難しいです。", "ja-policy-without-why"),
    ("そんな嘘を投稿されては困ります。", "ja-blame-contradict"),
    ("君みたいな人には売れません。", "ja-insult-name-calling"),
    ("お客様には、お安いもので十分かと存じます。", "ja-dismissive-condescending"),
    # hindsight or a scold put on the customer, "you can surely do it yourself", hurrying them
    ("もっと早く言ってもらえれば、お取り置きできたんですけど。", "ja-blame-you-should-have"),
    ("次回はしっかり気を付けていただけますか。", "ja-blame-you-should-have"),
    ("無断キャンセルされると困るんです。", "ja-blame-you-should-have"),
    ("そのくらいは自分で調べられますよね。", "ja-dismissive-condescending"),
    ("まだなんですか？", "ja-blame-why-did-you"),
    # 承る made doubly humble, a shop's 大丈夫 for water, a refusal trailing off, our own wish first
    ("ご注文をお承りします。", "ja-dismissive-wrong-keigo"),
    ("お冷や大丈夫ですか？", "ja-dismissive-wrong-keigo"),
    ("ご期待にお応えできず。", "ja-refusal-unable-to-help"),
    ("送料を負担してまでお送りする気はありません。", "ja-refusal-declined"),
    # a street greeting, our service in plain verbs, an abrupt call opening, scarcity pressed
    ("おっ、いらっしゃい！", "ja-dismissive-everyday-words"),
    ("お客様、スーツケースを運びます。", "ja-dismissive-wrong-keigo"),
    ("もしよければ、今よろしいですか。", "ja-dismissive-wrong-keigo"),
    ("このサイズ、ラストひとつなんですよ。", "ja-dismissive-pressure"),
]


def assert_flagged_by(reply: str, rule: str) -> None:
    """``rule`` finds something in ``reply`` and the reply is not passed as ok."""
    report = check(reply, "ja")
    assert rule in {f.rule for f in report.findings}, [f.rule for f in report.findings]
    assert report.verdict != "ok"


@pytest.mark.parametrize(("reply", "rule"), FLAGGED_LINES)
def test_each_kind_of_miss_found_on_public_pages_is_flagged(reply: str, rule: str) -> None:
    assert_flagged_by(reply, rule)


@pytest.mark.parametrize(
    "reply",
    [
        "恐れ入りますが、土曜日のお届けはいたしかねます。",
        "誠に残念ではございますが、今回のご依頼にはお応えいたしかねます。",
        "せっかくのお申し出ですが、お受けいたしかねます。",
        "申し訳ございませんが、日曜日の配達は承りかねます。",
    ],
)
def test_the_polite_cannot_after_a_cushion_is_not_a_refusal(reply: str) -> None:
    """The polite "cannot" as support training teaches it: a cushion first. A reply that stops
    there may still be asked for a next step; the words themselves are not flagged."""
    found = {f.category for f in check(reply, "ja").findings}
    assert not found & {"refusal", "cant-without-can"}, found


@pytest.mark.parametrize(
    ("thought", "dimension"),
    [
        ("うまくいったためしがない。", Dimension.PERMANENT),
        ("この先もずっと誰にも頼られないだろう。", Dimension.PERMANENT),
        ("この肩こりは決して治らない。", Dimension.PERMANENT),
        ("どうせ次の面談も落ちる。", Dimension.PERMANENT),
        ("いくら練習しても、うまくいく気がしない。", Dimension.PERMANENT),
        ("満点でなければ意味がない。", Dimension.PERVASIVE),
        ("今日の応対は完全に失敗した。", Dimension.PERVASIVE),
        ("都会の人は冷たい。", Dimension.PERVASIVE),
        ("誰からも相手にされていない。", Dimension.PERVASIVE),
        ("クレームになったのは、私の説明が悪かったからだ。", Dimension.PERSONAL),
        ("自分がダメだから上司に叱られた。", Dimension.PERSONAL),
        ("褒められたのはまぐれだ。", Dimension.PERSONAL),
        ("あのお客様は私のことを嫌っているに違いない。", Dimension.PERSONAL),
        ("私は人間失格だ。", Dimension.PERSONAL),
    ],
)
def test_each_kind_of_distortion_found_on_public_pages_is_marked(
    thought: str, dimension: Dimension
) -> None:
    detection = detect(thought, "ja")
    assert detection.of(dimension), (thought, detection)
    suggestion = detection.suggestions[dimension]
    assert suggestion and " " not in suggestion


def test_japanese_reframe_suggestions_read_as_sentences() -> None:
    from companion.core.reframe import detect

    found = detect("いつも失敗ばかりで、私はダメだ")
    permanent, personal = found.suggestions["permanent"], found.suggestions["personal"]
    assert permanent is not None and personal is not None
    assert not permanent.startswith("、") and "で。" not in permanent
    assert not personal.startswith("、")
    pervasive = detect("みんな私を嫌っている。").suggestions["pervasive"]
    assert pervasive is not None and pervasive.startswith("一部の人は私を")


def test_japanese_everyone_keeps_its_particle_in_the_rewrite() -> None:
    from companion.core.reframe import detect

    pervasive = detect("みんなに迷惑をかけてばかりだ。").suggestions["pervasive"]
    assert pervasive is not None and pervasive.startswith("一部の人に迷惑を")
    for suggestion in detect("みんなに嫌われている。").suggestions.values():
        assert suggestion is None or "はに" not in suggestion


# ------------------------------------------------------------------ kinds, not sentences


def test_a_trouble_named_only_as_a_case_does_not_ask_for_an_apology() -> None:
    reply = (
        "開封後のお品物は、衛生上の理由から返品をお受けしておりません。"
        "ただ、初期不良の場合は新品と交換いたしますので、お手元の状態を写真でお送りください。"
    )
    assert "ja-no-empathy" not in {f.rule for f in check(reply, "ja").findings}


@pytest.mark.parametrize(
    "text",
    ["こちらのサービスは来月から有料になります。", "こちらの割引は今月末で終了になります。"],
)
def test_a_real_change_said_with_narimasu_is_no_keigo_slip(text: str) -> None:
    """「〜になります」 for handing something over is a counter slip; for a change it is plain."""
    assert "ja-dismissive-wrong-keigo" not in {f.rule for f in check(text, lang="ja").findings}
    assert "ja-dismissive-wrong-keigo" in {
        f.rule for f in check("こちらがお釣りになります。", lang="ja").findings
    }


def _ja_rules(text: str) -> set[str]:
    return {f.rule for f in check(text, lang="ja").findings}


@pytest.mark.parametrize(
    "text",
    [
        "本当にこの予約を取り消しますか？",
        "本当に退会してよろしいですか？",
        "このアカウントを削除しますか？",
    ],
)
def test_a_confirmation_question_is_neither_threat_nor_doubt(text: str) -> None:
    """Confirming what the customer is about to do is good practice; a statement that we close
    the account is still a threat, and doubting a past act is still doubt."""
    assert not _ja_rules(text) & {"ja-insult-threat", "ja-blame-contradict"}
    assert "ja-insult-threat" in _ja_rules("利用規約に違反されたため、アカウントを停止します。")
    assert "ja-blame-contradict" in _ja_rules("本当にお支払いされましたか？")


@pytest.mark.parametrize(
    "text",
    [
        "送信すると元に戻せません。",
        "この操作は取り消せません。",
        "一度退会すると取り消しできませんのでご注意ください。",
        "一度リセットしたデータは復元できません。",
    ],
)
def test_a_cannot_be_undone_warning_is_no_refusal(text: str) -> None:
    """Telling before an action that it cannot be undone informs the decision."""
    assert not _ja_rules(text) & {"ja-refusal-declined", "ja-cant-without-can"}
    assert "ja-refusal-declined" in _ja_rules("ご返金はもう取り消せません。")


def test_a_required_step_with_its_purpose_is_no_order() -> None:
    """「〜するには、…する必要があります」 says what a step is for; said bare to the customer it
    still pushes the work onto them."""
    assert "ja-blame-you-need-to" not in _ja_rules(
        "パスワードを変更するには、現在のパスワードを入力する必要があります。"
    )
    assert "ja-blame-you-need-to" in _ja_rules("お客様が手続きをする必要があります。")


def test_security_advice_in_a_notice_is_no_pass_on() -> None:
    """'If it was not you, tell the administrator' protects the customer."""
    assert "ja-dismissive-pass-on" not in _ja_rules(
        "このログインに心当たりがない場合は、管理者に連絡してください。"
    )
    assert "ja-dismissive-pass-on" in _ja_rules("その件は管理者に連絡してください。")


def test_a_cant_followed_by_the_step_or_the_person_to_ask_has_a_way_forward() -> None:
    """Reload and try again, or write to the organisers: the next step is there."""
    reload = (
        "通信が途切れたため保存できませんでした。"
        "画面を再読み込みしてから、もう一度入力してください。"
    )
    assert "ja-no-next-step" not in _ja_rules(reload)
    organisers = (
        "受付が締め切られたため変更できません。"
        "どうしても変更が必要な場合は、事務局までご連絡ください。"
    )
    assert not _ja_rules(organisers) & {"ja-cant-without-can", "ja-blame-you-need-to"}
    assert "ja-blame-you-need-to" in _ja_rules("明日までにご連絡ください。")


def test_kakunin_sasete_itadaki_shidai_is_a_set_phrase() -> None:
    """「確認させていただき次第」 is how a reply says 'as soon as we have checked'."""
    assert "ja-dismissive-wrong-keigo" not in _ja_rules(
        "お申し込みを確認させていただき次第、担当者よりご連絡させていただきます。"
    )
    assert "ja-dismissive-wrong-keigo" in _ja_rules(
        "確認させていただきまして、ご連絡させていただきます。"
    )


# ------------------------------------------------------------------ answers that promise nothing,
# a push to "hang in there", a curt "no" with one reason, a rule explained as to a suspect

NEW_KINDS = [
    ("同件に関しましては、担当で研究してまいります。", "ja-dismissive-noncommittal-officialese"),
    ("為替の動向を見守ってまいります。", "ja-dismissive-noncommittal-officialese"),
    ("ご返金は困難であると判断しております。", "ja-dismissive-noncommittal-officialese"),
    ("ご提案は、施策の参考にいたします。", "ja-dismissive-noncommittal-officialese"),
    ("痛みはつらいと思いますが、がんばってね。", "ja-dismissive-exhortation"),
    ("もう少しの辛抱ですから、待っていてください。", "ja-dismissive-exhortation"),
    ("今日は満席だからだめ。", "ja-refusal-curt-no"),
    ("読めないならもういいです。", "ja-refusal-curt-no"),
    ("ペットの同伴は禁止なんですよね？", "ja-dismissive-condescending"),
    ("そこで静かにしていて。", "ja-blame-plain-request"),
    ("むやみに返品しないでくださいね。", "ja-blame-plain-request"),
    ("その型は置いてないです。", "ja-dismissive-plain-form"),
    ("だって……", "ja-dismissive-but"),
    ("その件へのコメントは控えさせていただきます。", "ja-dismissive-noncommittal-officialese"),
    ("当館は問題なく対応したものと考えております。", "ja-dismissive-noncommittal-officialese"),
    ("そのスカートはお客様には地味すぎますね。", "ja-dismissive-condescending"),
    ("係の者がそんな言い方をすることはないと存じます。", "ja-blame-cannot-happen"),
    ("通常、このような水漏れは発生しません。", "ja-blame-cannot-happen"),
]


@pytest.mark.parametrize(("reply", "rule"), NEW_KINDS)
def test_each_new_kind_of_cold_reply_is_flagged(reply: str, rule: str) -> None:
    assert_flagged_by(reply, rule)


@pytest.mark.parametrize(
    "reply",
    [
        # an apology said deeply, a plan with its date, praise of effort, a no with a way on
        "このたびのご迷惑を、心から、深くお詫びいたします。",
        "本件につきましては、来週月曜日までに担当者からお電話いたします。",
        "ご提案を受けて、売り場の案内表示を増やすことを検討してまいります。",
        "毎日の練習、よく頑張っていらっしゃいますね。",
        "私どもも全力で頑張ります。",
        "あいにく満席でございます。三十分ほどでご案内できますが、お待ちになりますか。",
        "分からないことがあれば、何度でもお尋ねください。",
        "館内は禁煙となっております。喫煙所は屋上にございます。",
        "どうか、あまり心配しないでくださいね。",
        "その型は置いておりませんが、近い色のものがございます。",
        "普段はこの不具合は起きませんので、念のため点検の手配をいたします。",
        "説明のとおりに進めれば、設定を失敗することはないと思います。ご安心ください。",
    ],
)
def test_nearby_warm_replies_are_not_flagged_by_the_new_kinds(reply: str) -> None:
    found = {f.rule for f in check(reply, "ja").findings}
    new = {rule for _, rule in NEW_KINDS}
    assert not found & new, found


@pytest.mark.parametrize(
    "reply",
    [
        # the message is in and will be read: the receipt is the news
        "ご依頼を確かに受け取りました。詳細を確認のうえ、後ほどご連絡いたします。",
        # the apology said first, then the polite cannot
        "申し訳ありません。その日の貸し切りはお受けできかねます。",
    ],
)
def test_a_receipt_and_an_apology_first_are_not_cold(reply: str) -> None:
    assert check(reply, "ja").verdict == "ok", [f.rule for f in check(reply, "ja").findings]


def test_an_apology_after_the_refusal_does_not_soften_it() -> None:
    refusal = check("貸し切りはお受けできかねます。申し訳ありません。", "ja")
    assert "cant-without-can" in {f.category for f in refusal.findings}
    wait = check("後ほどご連絡いたします。", "ja")
    assert "ja-dismissive-vague-wait" in {f.rule for f in wait.findings}
