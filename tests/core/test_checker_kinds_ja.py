"""Japanese replies of the kinds the other packs knew first: the customer's trouble made
common (「よくあることです」), the machine named as the one who says no, a promise said to
anyone, a colleague blamed to the customer, the matter declared closed, agreement taken for
granted, a reply that only sends the customer back to read, feelings waved off, a hedged
promise, an order put as 「〜してもらわないと」, our own feelings put forward, a pupil's check
(「いいですね？」), a review argued with, our own warehouse spoken of as strangers, our record
set against what the customer met, a screen message pasted in, calls counted, customers lumped
by age or sex, a curt end to a call.

These are variants of each kind in other words and registers than the pack's examples, so a
rule that only knew its examples would miss them; beside them, look-alikes a trainer would
write, which must stay unflagged. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from companion.core.checker import check

BAD: list[tuple[str, str]] = [
    ("made common", "この症状はよくあるんです。"),
    ("made common", "ああ、それはよくあることですね。"),
    ("made common", "皆様そうおっしゃいますが、使っているうちに慣れますよ。"),
    ("made common", "どなたにでも起こることですので。"),
    ("made common", "引っ越しシーズンはどこもそうなりますよ。"),
    ("made common", "珍しい話ではございません。"),
    ("machine", "端末が受け付けてくれないので、そのカードは使えないんです。"),
    ("machine", "システムが対応していないため、分割払いはできません。"),
    ("machine", "画面がそう設定されているので、こちらではどうしようもないんです。"),
    ("empty promise", "精一杯対応させていただきます。"),
    ("empty promise", "可能な限りのご対応をいたします。"),
    ("empty promise", "品質の向上に努めてまいります。"),
    ("empty promise", "お客様のお声は真摯に受け止めております。"),
    ("empty promise", "誠心誠意取り組んでまいります。"),
    ("colleague", "バイトの子が入れ忘れたみたいです。"),
    ("colleague", "前の担当者が説明を間違えていたようで。"),
    ("colleague", "厨房のスタッフが注文を取り違えたんです。"),
    ("colleague", "それは受付の者が勝手にお約束したことです。"),
    ("colleague", "ドライバー個人の判断でやったことです。"),
    ("colleague", "店員がその値段を申し上げるべきではありませんでした。"),
    ("closed", "本件はこれにて終了とさせていただきます。"),
    ("closed", "この件については、これ以上お答えすることはございません。"),
    ("closed", "この件に関しては今後ご回答いたしかねます。"),
    ("closed", "弊社としての結論は以上です。"),
    ("closed", "締め切りは締め切りです。"),
    ("closed", "当店としてはできることは全部やりました。"),
    ("agreement", "ご納得いただけますよね。"),
    ("agreement", "これでお分かりいただけたかと存じます。"),
    ("agreement", "当然ご了承いただけるものと思います。"),
    ("agreement", "ご理解いただけたと思います。"),
    ("see above", "上記のとおりご確認ください。"),
    ("see above", "FAQに載っていますので、ご覧ください。"),
    ("see above", "ホームページに記載しておりますので、ご確認ください。"),
    ("feelings waved off / minimising", "そんなに深く考えないほうがいいですよ。"),
    ("feelings waved off / minimising", "心配しすぎですよ。"),
    ("feelings waved off / minimising", "ただのかすり傷ですよ。"),
    ("feelings waved off / minimising", "一日の遅れじゃないですか。"),
    ("hedged promise", "来週には入荷するかもしれません。"),
    ("hedged promise", "月末には反映されるといいのですが。"),
    ("hedged promise", "明日発送の予定です、たぶん。"),
    ("order", "いいから先に書類を書いてください。"),
    ("order", "まず身分証を見せてもらわないと。"),
    ("read the terms", "規約をよくお読みになってから、お申し込みください。"),
    ("read the terms", "重要事項説明書に明記がございますので、ご確認ください。"),
    ("own grievance", "私どもも迷惑しているんです。"),
    ("own grievance", "こちらだって腹が立ちますよ。"),
    ("own grievance", "個人的には、この値上げには反対なんですけどね。"),
    ("talking down", "10時までに来てください、いいですね？"),
    ("talking down", "ここを押すだけです、分かります？"),
    ("talking down", "先に言っておきますけど、返品はできませんからね。"),
    ("review rebuttal", "星2つをつけるほどの内容ではなかったかと存じます。"),
    ("review rebuttal", "この評価はさすがに厳しすぎるのではないでしょうか。"),
    ("review rebuttal", "料金を考えると、十分なサービスだと思います。"),
    ("they", "本部がそう決めたらしいです。"),
    ("they", "工場のほうでミスがあったっぽいです。"),
    ("they", "メーカーが直してくれると思います。"),
    ("contradict record", "ご入金はすでに反映されているはずです。"),
    ("contradict record", "出発前に点検いたしており、正常に動作しておりました。"),
    ("contradict record", "いつもマニュアル通りに対応しております。"),
    ("system message", "該当する会員情報が見つかりません。"),
    ("system message", "登録済み。"),
    ("system message", "入力内容に不備があります。"),
    ("counting", "本日これで5回目のご連絡です。"),
    ("counting", "そちらで3件目です。"),
    ("counting", "一体どこがご不満なんですか。"),
    ("stereotype", "高齢の方だと操作は難しいかもしれません。"),
    ("stereotype", "男性の方には分かりにくいと思いますが。"),
    ("phone", "それでは切りますね。"),
    ("phone", "特になければ、これで切ります。"),
    ("non-apology", "ご不快だったとしたら残念に思います。"),
    ("non-apology", "他にどうしろとおっしゃるんですか。"),
    ("customer slip", "メールアドレスを打ち間違えられたのではないでしょうか。"),
    ("customer slip", "設定が正しくされていないみたいですね。"),
    ("customer slip", "問題はそちら側のWi-Fiです。"),
    ("customer slip", "お選びいただいた通りの商品でございます。"),
    ("colleague private", "担当は休憩で30分ほどおりません。"),
    ("vague wait", "順次ご連絡いたします。"),
    ("vague wait", "手が空いたらお電話します。"),
    ("text speak", "了解でーす"),
    ("text speak", "ありがとうございまーす"),
    ("text speak", "遅れてすんません"),
    ("insult judgement", "このお値段でそこまで求められても。"),
    ("insult judgement", "さすがに期待しすぎです。"),
    ("insult judgement", "いちばん無礼なお客様でした。"),
    ("outcome", "ご利用は停止となりました。"),
]

GOOD: list[str] = [
    "よくあるご質問をまとめたページもございます。必要でしたらお送りします。",
    "皆様に安心してご利用いただけるよう、毎朝点検しております。",
    "同じ症状のご報告を複数いただいており、現在原因を調査しております。明日までにご連絡します。",
    "誰にでも起こりうることですので、どうぞお気になさらないでください。",
    "端末が対応していない場合は、ブラウザ版をご案内いたします。",
    "できる限り早く対応いたします。明日の正午までにご連絡します。",
    "サービスの向上のため、来月から受付時間を延長します。",
    "アルバイトのスタッフにも、この手順を共有しました。",
    "新人のスタッフが担当しますが、私も同席いたします。",
    "本件の手続きはこれで完了です。ほかにご不明な点があれば、いつでもお知らせください。",
    "ご理解いただけますと幸いです。",
    "ご理解いただけるよう、図を添えてご説明いたします。",
    "上記の内容でご予約を承りました。",
    "詳しくはよくある質問にも載っていますので、あわせてご覧ください。",
    "ご心配なお気持ち、よく分かります。",
    "明日の午前中にお届けの予定です。",
    "お手数ですが、先に書類をご記入いただけますか。",
    "私どもも残念に思っております。",
    "こちらの内容でよろしいでしょうか？",
    "ご都合はいかがですか？",
    "評価をいただきありがとうございます。ご指摘の点は改善いたします。",
    "厳しいご意見、しっかり受け止めました。",
    "本社で確認したところ、来週の入荷です。",
    "倉庫から本日発送いたしました。",
    "正常に作動しているか、明日改めて点検いたします。",
    "ご予約の変更が完了しました。",
    "今回が初めてのご利用ですね。ありがとうございます。",
    "ご高齢の方にも見やすい大きな文字の表示がございます。",
    "お電話ありがとうございました。失礼いたします。",
    "電源を切ってから、もう一度入れてください。",
    "ご不快な思いをおかけし、申し訳ございません。",
    "入力欄が分かりにくく、申し訳ございません。",
    "担当の者は3時に戻る予定です。",
    "順次発送しておりまして、お客様のお荷物は明日お届けします。",
    "お時間のあるときにご確認いただければ結構です。",
    "お値段を抑えたプランもございます。",
    "ご利用を一時停止しています。ご本人確認が済み次第、再開いたします。",
    "お客様のご要望どおりに、ご注文を取り消しました。",
    "恐れ入りますが、どちら様でしょうか。",
    "承知いたしました。すぐに手配いたします。",
    "これまでで一番うれしいお言葉でした。ありがとうございます。",
    "お客様で10人目のご来店です、記念品をお渡ししますね。",
]


@pytest.mark.parametrize(("kind", "text"), BAD, ids=[t[:30] for _, t in BAD])
def test_each_variant_of_the_kind_is_flagged(kind: str, text: str) -> None:
    report = check(text, lang="ja")
    assert report.verdict != "ok", f"{kind}: {text!r} is not flagged"


@pytest.mark.parametrize("text", GOOD, ids=[t[:30] for t in GOOD])
def test_the_look_alikes_stay_unflagged(text: str) -> None:
    report = check(text, lang="ja")
    assert report.verdict == "ok", f"{text!r}: {[f.rule for f in report.findings]}"
