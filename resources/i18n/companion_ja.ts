<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Log positive</source>
        <translation>ポジティブを記録</translation>
    </message>
    <message>
        <source>Log negative</source>
        <translation>ネガティブを記録</translation>
    </message>
    <message>
        <source>Undo last log</source>
        <translation>直前の記録を取り消す</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Companion を開く</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>ウィンドウを隠す</translation>
    </message>
    <message>
        <source>Quit Companion</source>
        <translation>Companion を終了</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Companion について</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Backups…</source>
        <translation>バックアップ…</translation>
    </message>
    <message>
        <source>Back up your data now, or bring back a backup</source>
        <translation>今すぐバックアップするか、バックアップから復元します</translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation>バックアップして確認しました：%1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>復元…</translation>
    </message>
    <message>
        <source>Companion&apos;s data is damaged</source>
        <translation>Companion のデータが壊れています</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Every day Companion keeps a checked copy of your data (the newest %1), in %2. Restoring one keeps what Companion holds now in its set-aside folder.</source>
        <translation>Companion は毎日、確認済みのデータのコピーを %2 に保存しています（最新の %1 件）。復元しても、今のデータは退避用フォルダーに残ります。</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>アップグレード前</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>yyyy/MM/dd (ddd) HH:mm</translation>
    </message>
    <message>
        <source>No backups yet. The first is made shortly after Companion starts.</source>
        <translation>バックアップはまだありません。Companion を起動してしばらくすると、最初のバックアップが作られます。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>このバックアップから復元しますか？</translation>
    </message>
    <message>
        <source>Replace your data with the backup from %1? Logs, happy-file entries and reflections saved since then will be set aside with the rest of what Companion holds now, not deleted.</source>
        <translation>今のデータを %1 のバックアップに置き換えますか？ それ以降に保存した記録・うれしい声・振り返りは、今のデータと一緒に退避されます。削除はされません。</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>%1 のバックアップから復元しました。</translation>
    </message>
    <message>
        <source>What Companion held before is in %1.</source>
        <translation>それまでのデータは %1 にあります。</translation>
    </message>
    <message>
        <source>There is no backups folder yet.</source>
        <translation>バックアップ用のフォルダーはまだありません。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>BreathingShape</name>
    <message>
        <source>Breathing guide</source>
        <translation>呼吸ガイド</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Save to happy file</source>
        <translation>うれしい声に保存</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>お客様の言葉</translation>
    </message>
    <message>
        <source>Paste what the customer wrote…</source>
        <translation>お客様からのメッセージを貼り付け…</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <source>Why it made my day</source>
        <translation>うれしかった理由</translation>
    </message>
    <message>
        <source>Why it made my day (optional)</source>
        <translation>うれしかった理由（任意）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Tags, separated by commas (optional)</source>
        <translation>タグ（カンマ区切り・任意）</translation>
    </message>
    <message>
        <source>Star it as a favourite</source>
        <translation>お気に入りにする</translation>
    </message>
    <message>
        <source>Hide customer details (e-mail, phone, card and order numbers)</source>
        <translation>お客様の個人情報を伏せる（メール・電話番号・カード番号・注文番号）</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>保存される内容</translation>
    </message>
    <message>
        <source>What will be saved:</source>
        <translation>保存される内容：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>お客様の言葉</translation>
    </message>
    <message>
        <source>The clipboard held %1 characters, more than a quote needs. The first %2 are kept.</source>
        <translation>クリップボードの文字数が %1 文字と長すぎるため、最初の %2 文字だけを残します。</translation>
    </message>
    <message>
        <source>The screenshot was large, so it was scaled down to %1 pixels to keep it.</source>
        <translation>スクリーンショットが大きかったため、%1 ピクセルに縮小して保存します。</translation>
    </message>
    <message>
        <source>Hidden: %1.</source>
        <translation>伏せた項目：%1</translation>
    </message>
    <message>
        <source>Type the words too, if you like (optional)</source>
        <translation>よければ文面も入力してください（任意）</translation>
    </message>
    <message>
        <source>The words will be saved exactly as they are.</source>
        <translation>文面はそのまま保存されます。</translation>
    </message>
    <message>
        <source>No customer details found to hide.</source>
        <translation>伏せる必要のある個人情報は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>CheckCategory</name>
    <message>
        <source>Flat no</source>
        <extracomment>The context the checker&apos;s category titles are translated under. Each checker category&apos;s title, in English.</extracomment>
        <translation>いきなりのお断り</translation>
    </message>
    <message>
        <source>Blame</source>
        <translation>お客様のせいにする</translation>
    </message>
    <message>
        <source>Can&apos;t without can</source>
        <translation>できないことだけ</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>言い切り</translation>
    </message>
    <message>
        <source>Policy without the why</source>
        <translation>理由のない規定</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>堅い言葉・専門用語</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>長すぎる</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>語気が強い</translation>
    </message>
    <message>
        <source>Dismissive</source>
        <translation>突き放す言い方</translation>
    </message>
    <message>
        <source>Insult</source>
        <translation>暴言</translation>
    </message>
    <message>
        <source>No empathy</source>
        <translation>共感の言葉なし</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>次の案内なし</translation>
    </message>
</context>
<context>
    <name>CheckNumbersRow</name>
    <message>
        <source>Checks and cool-offs today</source>
        <translation>今日のチェックとクールダウン</translation>
    </message>
    <message>
        <source>Replies checked: %1 · Cool-offs taken: %2 · skipped: %3</source>
        <translation>チェックした返信：%1 件 · クールダウン：%2 回 · スキップ：%3 回</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check a reply</source>
        <extracomment>Texts longer than this are checked in a worker thread (about 50 ms of work and up). Typing pauses this long before the draft is checked again. A verdict left this long on an unchanged draft has been seen: the check counts.</extracomment>
        <translation>返信をチェック</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>返信の下書き</translation>
    </message>
    <message>
        <source>Paste your draft reply here…</source>
        <translation>ここに返信の下書きを貼り付け…</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>まだチェックしていません。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Take a cool-off</source>
        <translation>クールダウンする</translation>
    </message>
    <message>
        <source>Hold this draft while you breathe for a few minutes</source>
        <translation>数分間呼吸を整えるあいだ、この下書きを預かります</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>このまま送る…</translation>
    </message>
    <message>
        <source>Copy it now without a cool-off (asks; it is counted)</source>
        <translation>クールダウンせずに今コピーします（確認あり・記録に残ります）</translation>
    </message>
    <message>
        <source>About the verdict</source>
        <translation>判定について</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Findings before the cool-off</source>
        <translation>クールダウン前の指摘</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>チェック(&amp;K)</translation>
    </message>
    <message>
        <source>Check the draft (Ctrl+Return)</source>
        <translation>下書きをチェック（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Check clip&amp;board</source>
        <translation>クリップボードをチェック(&amp;B)</translation>
    </message>
    <message>
        <source>Check the text on the clipboard (Ctrl+Shift+K)</source>
        <translation>クリップボードの文章をチェック（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>C&amp;opy reply</source>
        <translation>返信をコピー(&amp;O)</translation>
    </message>
    <message>
        <source>I need a &amp;minute</source>
        <translation>ひと息つく(&amp;M)</translation>
    </message>
    <message>
        <source>Hold this draft and take a short cool-off</source>
        <translation>この下書きを預けて、少しクールダウンします</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Language of the draft</source>
        <translation>下書きの言語</translation>
    </message>
    <message>
        <source>The language the draft is checked in; Automatic reads it from the text</source>
        <translation>下書きをチェックする言語です。「自動」なら文章から判断します</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Checking… copy again once the verdict is in.</source>
        <translation>チェック中です… 判定が出てからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Nothing to check: the draft is empty.</source>
        <translation>下書きが空なので、チェックするものがありません。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>Long text: only the first %1 characters were checked.</source>
        <translation>長い文章のため、最初の %1 文字だけをチェックしました。</translation>
    </message>
    <message>
        <source>Only the first %1 findings are listed: work through them, then check again.</source>
        <extracomment>Most findings listed as cards (and marked in the editor): a draft with more is a pasted document, not a reply, and measuring thousands of cards would hold the window for seconds.</extracomment>
        <translation>指摘は最初の %1 件だけを表示しています。これらを直してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>%1 — nothing here should hurt the reply.</source>
        <translation>%1 — 気になるところはありません。</translation>
    </message>
    <message>
        <source>%1 (checked as %2)</source>
        <translation>%1（%2 でチェック）</translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute cool-off holds the draft while you breathe; Copy reply asks first.</source>
        <translation>
            <numerusform>%n 分のクールダウン中は下書きを預かります。「返信をコピー」は確認してからコピーします。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n small thing(s) you may want to look at.</source>
        <translation>
            <numerusform>%1 — 少し気になるところが %n か所あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste or type a draft, or use Check clipboard. Each finding says why it matters to the customer and what to do instead, often with a rewrite.</source>
        <translation>下書きを貼り付けるか入力してください。「クリップボードをチェック」も使えます。指摘ごとに、お客様にとってなぜ大事なのか、代わりにどうすればよいかを示し、多くの場合は言い換えの例も添えます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s) worth a look before sending.</source>
        <translation>
            <numerusform>%1 — 送る前に見ておきたい指摘が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s). Take a minute before you send it.</source>
        <translation>
            <numerusform>%1 — 指摘が %n 件あります。送る前にひと息つきましょう。</numerusform>
        </translation>
    </message>
    <message>
        <source>You took the cool-off. Rewrite it cool, then Copy reply.</source>
        <translation>クールダウンできましたね。落ち着いて書き直してから、「返信をコピー」してください。</translation>
    </message>
    <message>
        <source>Sent anyway: counted in today&apos;s numbers.</source>
        <translation>このまま送りました。今日の記録に残ります。</translation>
    </message>
    <message>
        <source>This draft is held: Copy reply asks before it sends it anyway</source>
        <translation>この下書きは預かり中です。「返信をコピー」は確認してからコピーします</translation>
    </message>
    <message>
        <source>Put the reply, as it is now, on the clipboard</source>
        <translation>今の返信をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>The clipboard holds an image, not text: copy the reply&apos;s text.</source>
        <translation>クリップボードにあるのは画像です。返信の文章をコピーしてください。</translation>
    </message>
    <message>
        <source>There is no text on the clipboard: copy the reply first.</source>
        <translation>クリップボードに文章がありません。先に返信をコピーしてください。</translation>
    </message>
    <message>
        <source>Checked the clipboard.</source>
        <translation>クリップボードをチェックしました。</translation>
    </message>
    <message>
        <source>The draft changed since that check: choose from the new findings.</source>
        <translation>チェックの後で文章が変わりました。新しい指摘から選び直してください。</translation>
    </message>
    <message>
        <source>That rewrite no longer fits here: check again.</source>
        <translation>この言い換えはもう当てはまりません。もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>Applied. Check the sentence still reads well.</source>
        <translation>反映しました。文章が自然に読めるか確かめてください。</translation>
    </message>
    <message>
        <source>Ignored here. Turn a whole rule off in Settings.</source>
        <translation>ここでは無視しました。ルールごとオフにするには「設定」から。</translation>
    </message>
    <message>
        <source>Copied the reply to the clipboard.</source>
        <translation>返信をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Your draft is held in the cool-off.</source>
        <translation>クールダウンのあいだ、下書きを預かっています。</translation>
    </message>
    <message>
        <source>Before the cool-off: not known</source>
        <translation>クールダウン前：不明</translation>
    </message>
    <message numerus="yes">
        <source>Before the cool-off: %1, %n finding(s)</source>
        <translation>
            <numerusform>クールダウン前：%1、指摘 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back. Rewrite it cool, then Copy reply.</source>
        <translation>おかえりなさい。落ち着いて書き直してから、「返信をコピー」してください。</translation>
    </message>
    <message>
        <source>Not checked: there are no checking rules for %1 yet.</source>
        <translation>チェックしていません：%1 のチェックルールはまだありません。</translation>
    </message>
    <message>
        <source>Not checked: %1 needs its word analyser, which is not installed. Add it with “pip install %2” in Companion&apos;s environment, or run scripts/start.sh again.</source>
        <translation>チェックしていません：%1 のチェックに必要な形態素解析器がインストールされていません。Companion の環境で「pip install %2」を実行するか、scripts/start.sh をもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>CheckSeverity</name>
    <message>
        <source>hint</source>
        <extracomment>Severity in words on each card, so colour is never the only sign.</extracomment>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>worth a look</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>きつい</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: %2 (see &apos;%1 --help&apos;)</source>
        <comment>a usage error; %2 is argparse&apos;s message</comment>
        <translation>%1: %2（&apos;%1 --help&apos; を参照してください）</translation>
    </message>
    <message>
        <source>Companion keeps a support agent&apos;s day in balance: log positive and negative interactions, check draft replies, cool off before a hard reply, keep a happy file, reframe negative feedback and reflect at the end of a shift. Run without a command to open the app. All data stays on this machine.</source>
        <translation>Companion は、サポート担当者の 1 日のバランスを保つためのアプリです。ポジティブ・ネガティブな対応の記録、返信の下書きのチェック、きつい返信の前のクールダウン、うれしい声の保存、ネガティブな声の捉え直し、シフト終わりの振り返りができます。コマンドなしで実行するとアプリが開きます。データはすべてこのパソコンの中だけに保存されます。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a check found a hard reply, 2 usage or input error.</source>
        <translation>終了コード：0 正常、1 チェックできつい返信が見つかった、2 使い方または入力のエラー。</translation>
    </message>
    <message>
        <source>open the window and quit as soon as it is shown (smoke tests, benchmarks)</source>
        <translation>ウィンドウを開き、表示されたらすぐ終了する（動作確認・ベンチマーク用）</translation>
    </message>
    <message>
        <source>start in the tray without showing the window</source>
        <translation>ウィンドウを表示せずにトレイで起動する</translation>
    </message>
    <message>
        <source>unexpected error (%1). Nothing you saved was lost; run again with COMPANION_DEBUG=1 to see the details.</source>
        <translation>予期しないエラーが発生しました（%1）。保存したデータは失われていません。詳細を見るには COMPANION_DEBUG=1 を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>%1; nothing was sent to it, so this ran here instead.</source>
        <translation>%1。そちらには何も送らず、ここで実行しました。</translation>
    </message>
    <message>
        <source>the running Companion is another version and did nothing, so this ran here instead; quit Companion and start it again.</source>
        <translation>起動中の Companion はバージョンが異なり、何もしませんでした。代わりにここで実行しました。Companion を終了して、もう一度起動してください。</translation>
    </message>
    <message>
        <source>Companion did not answer and this could not be done here either; Companion may still do it when it wakes, so check with &apos;companion today&apos; before trying again.</source>
        <translation>Companion から応答がなく、ここでも実行できませんでした。Companion が応答を再開したときに実行される可能性があるので、やり直す前に &apos;companion today&apos; で確認してください。</translation>
    </message>
    <message>
        <source>Companion did not answer, so this was done here directly; its window catches up when it wakes.</source>
        <translation>Companion から応答がなかったため、ここで直接実行しました。応答が戻ればウィンドウにも反映されます。</translation>
    </message>
    <message>
        <source>%1; starting Companion, which takes it back.</source>
        <translation>%1。Companion を起動して引き継ぎます。</translation>
    </message>
    <message>
        <source>another version of Companion is running; quit it, then start Companion again.</source>
        <translation>別のバージョンの Companion が起動しています。終了してから、もう一度起動してください。</translation>
    </message>
    <message>
        <source>Companion is running but does not answer; its window comes forward when it does.</source>
        <translation>Companion は起動していますが応答がありません。応答が戻ればウィンドウが前面に表示されます。</translation>
    </message>
    <message>
        <source>already running; brought its window forward.</source>
        <translation>すでに起動しています。ウィンドウを前面に表示しました。</translation>
    </message>
</context>
<context>
    <name>CliBackup</name>
    <message>
        <source>make a verified backup of your data now</source>
        <translation>今すぐデータをバックアップして確認する</translation>
    </message>
    <message>
        <source>Copy the database into the backups folder beside it, check the copy, and keep the newest %L1. A damaged database is reported and never replaces a good backup. With --list, show the backups instead.</source>
        <translation>データベースを隣のバックアップ用フォルダーにコピーして確認し、最新の %L1 件を残します。データベースが壊れている場合はそう知らせ、正常なバックアップを上書きすることはありません。--list を付けると、バックアップの一覧を表示します。</translation>
    </message>
    <message>
        <source>list the backups, newest last</source>
        <translation>バックアップの一覧を表示する（最新が最後）</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON で出力する</translation>
    </message>
    <message>
        <source>bring back a backup (the newest good one by default)</source>
        <translation>バックアップから復元する（既定は最新の正常なもの）</translation>
    </message>
    <message>
        <source>Replace your data with a backup: the newest one that passes its check, or the one named (a file name from &apos;companion backup --list&apos;, or a path). What the database held before is kept in backups/set-aside/. With the app running, it restores and its window shows the restored data at once.</source>
        <translation>データをバックアップで置き換えます。確認を通った最新のもの、または指定したもの（&apos;companion backup --list&apos; に出るファイル名かパス）を使います。それまでのデータは backups/set-aside/ に残ります。アプリが起動中ならアプリが復元し、ウィンドウにもすぐ反映されます。</translation>
    </message>
    <message>
        <source>the backup to restore (default: newest good)</source>
        <translation>復元するバックアップ（既定：最新の正常なもの）</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>%1 にはまだバックアップがありません。</translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation>バックアップして確認しました：%1</translation>
    </message>
    <message>
        <source>Restored %1 (written %2 UTC).</source>
        <translation>%1 から復元しました（作成 %2 UTC）。</translation>
    </message>
    <message>
        <source>What the database held before is kept in %1.</source>
        <translation>それまでのデータは %1 に残してあります。</translation>
    </message>
</context>
<context>
    <name>CliBatch</name>
    <message>
        <source>Give a FILE of JSON lines after --batch, or &apos;-&apos; for standard input.</source>
        <translation>--batch のあとに JSON Lines のファイルを指定するか、標準入力なら &apos;-&apos; を指定してください。</translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>hard reply</source>
        <translation>きつい返信</translation>
    </message>
    <message>
        <source>needs care</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>the verdict of a reply with nothing to change</comment>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>check a draft reply (a file, &apos;-&apos; for standard input, or --clipboard)</source>
        <translation>返信の下書きをチェックする（ファイル、標準入力なら &apos;-&apos;、または --clipboard）</translation>
    </message>
    <message>
        <source>Check a draft reply for what may hurt it: a flat no, blame, can&apos;t without can, absolutes, policy without the why, jargon, length, shouting, dismissive words, insults, and a missing acknowledgement or next step. Exit 0 for ok or needs care, 1 for a hard reply, 2 for usage or input errors.</source>
        <translation>返信の下書きに、印象を悪くしそうなところがないかチェックします。いきなりのお断り、お客様のせいにする表現、できないことだけの説明、言い切り、理由のない規定、堅い言葉・専門用語、長さ、強い語気、突き放す言い方、暴言、そして気持ちの受け止めや次の案内が抜けていないかを見ます。終了コードは、問題なし・要注意なら 0、きつい返信なら 1、使い方や入力のエラーなら 2 です。</translation>
    </message>
    <message>
        <source>a text file, or &apos;-&apos; for stdin</source>
        <translation>テキストファイル、または標準入力なら &apos;-&apos;</translation>
    </message>
    <message>
        <source>check the text on the clipboard</source>
        <translation>クリップボードの文章をチェックする</translation>
    </message>
    <message>
        <source>check many replies: JSON lines {id, text, lang} from FILE (&apos;-&apos;: standard input), one JSON result per line with its id (not counted in today&apos;s numbers)</source>
        <translation>複数の返信をまとめてチェックする：FILE（&apos;-&apos; なら標準入力）から JSON Lines {id, text, lang} を読み、id 付きの結果を 1 行ずつ JSON で出力します（今日の数字には数えません）</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>結果を JSON で出力する</translation>
    </message>
    <message>
        <source>language of the reply: en, ko, ja or el (default: the language it is written in)</source>
        <translation>返信の言語：en、ko、ja、el のいずれか（既定：書かれている言語）</translation>
    </message>
    <message>
        <source>Give a FILE to check, &apos;-&apos; to read standard input, or --clipboard.</source>
        <translation>チェックする FILE、標準入力なら &apos;-&apos;、または --clipboard を指定してください。</translation>
    </message>
    <message>
        <source>The clipboard holds an image, not text: copy the reply&apos;s text.</source>
        <translation>クリップボードにあるのは画像です。返信の文章をコピーしてください。</translation>
    </message>
    <message>
        <source>There is no text on the clipboard: copy the reply first.</source>
        <translation>クリップボードに文章がありません。先に返信をコピーしてください。</translation>
    </message>
    <message>
        <source>reply</source>
        <comment>a finding about the whole reply</comment>
        <translation>返信全体</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>words quoted from the reply</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source> — try: “%1”</source>
        <translation> — 言い換え例：「%1」</translation>
    </message>
    <message>
        <source> — try: leave those words out</source>
        <translation> — 言い換え例：この言葉を削る</translation>
    </message>
    <message>
        <source>Verdict: %1 (score %2, one finding)</source>
        <translation>判定：%1（スコア %2、指摘 1 件）</translation>
    </message>
    <message>
        <source>Verdict: %1 (score %2, %L3 findings)</source>
        <translation>判定：%1（スコア %2、指摘 %L3 件）</translation>
    </message>
    <message>
        <source>this text is written in %1, but was checked with the %2 rules as asked; leave out --lang to check it in its own language.</source>
        <translation>この文章は%1で書かれていますが、指定どおり%2のルールでチェックしました。文章の言語でチェックするには --lang を外してください。</translation>
    </message>
    <message>
        <source>Give --batch FILE on its own, without FILE, &apos;-&apos; or --clipboard.</source>
        <translation>--batch FILE は単独で指定してください（FILE、&apos;-&apos;、--clipboard とは一緒に使えません）。</translation>
    </message>
    <message>
        <source>Give a FILE, &apos;-&apos; or --clipboard, not both.</source>
        <translation>FILE、&apos;-&apos;、--clipboard はどれかひとつだけ指定してください。</translation>
    </message>
    <message>
        <source>the check was not counted in today&apos;s numbers (%1).</source>
        <translation>このチェックは今日の数字に数えられませんでした（%1）。</translation>
    </message>
    <message>
        <source>some bytes were not UTF-8; they are shown as �.</source>
        <translation>UTF-8 でないバイトがあったため、� で表示しています。</translation>
    </message>
    <message>
        <source>the text is long; only the first %L1 characters were checked.</source>
        <translation>文章が長いため、最初の %L1 文字だけをチェックしました。</translation>
    </message>
</context>
<context>
    <name>CliCompletion</name>
    <message>
        <source>print a shell completion script (bash, zsh or fish)</source>
        <translation>シェルの補完スクリプトを出力する（bash、zsh、fish）</translation>
    </message>
    <message>
        <source>Print a script that completes companion&apos;s commands, options and choices in your shell. For bash: companion completion bash &gt; ~/.local/share/bash-completion/completions/companion; for zsh: eval &quot;$(companion completion zsh)&quot; in ~/.zshrc; for fish: companion completion fish &gt; ~/.config/fish/completions/companion.fish.</source>
        <translation>companion のコマンド・オプション・選択肢をシェルで補完するスクリプトを出力します。bash なら companion completion bash &gt; ~/.local/share/bash-completion/completions/companion を実行、zsh なら ~/.zshrc に eval &quot;$(companion completion zsh)&quot; を追加、fish なら companion completion fish &gt; ~/.config/fish/completions/companion.fish を実行してください。</translation>
    </message>
    <message>
        <source>the shell to complete in</source>
        <translation>補完するシェル</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>the output could not be written (%1).</source>
        <translation>出力を書き込めませんでした（%1）。</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>There is no standard input to read.</source>
        <translation>読み込む標準入力がありません。</translation>
    </message>
</context>
<context>
    <name>CliDesktop</name>
    <message>
        <source>add Companion to the desktop&apos;s app launcher, or remove it</source>
        <translation>Companion をデスクトップのアプリランチャーに追加・削除する</translation>
    </message>
    <message>
        <source>Add Companion to the app launcher of a Linux desktop (a freedesktop .desktop file, its icon and AppStream metadata in your data folder, ~/.local/share), or remove it. The launcher&apos;s menu offers Log positive, Log negative and Check clipboard, which the desktop&apos;s keyboard settings can bind to keys. The launcher starts Companion as this command was started.</source>
        <translation>Linux デスクトップのアプリランチャーに Companion を追加、または削除します（freedesktop の .desktop ファイル、アイコン、AppStream メタデータをデータフォルダー ~/.local/share に置きます）。ランチャーのメニューには「ポジティブを記録」「ネガティブを記録」「クリップボードをチェック」があり、デスクトップのキーボード設定でキーに割り当てられます。ランチャーは、このコマンドと同じ方法で Companion を起動します。</translation>
    </message>
    <message>
        <source>add the launcher, icon and metadata (replacing older ones)</source>
        <translation>ランチャー、アイコン、メタデータを追加する（古いものは置き換え）</translation>
    </message>
    <message>
        <source>remove what &apos;desktop install&apos; added</source>
        <translation>&apos;desktop install&apos; で追加したものを削除する</translation>
    </message>
    <message>
        <source>The app launcher entry is for Linux desktops; on Windows and macOS start Companion from where you installed it (and turn on start at login in Settings).</source>
        <translation>アプリランチャーへの登録は Linux デスクトップ向けです。Windows と macOS では、インストールした場所から Companion を起動してください（「設定」でログイン時の起動もオンにできます）。</translation>
    </message>
    <message>
        <source>Added Companion to the app launcher: %1</source>
        <translation>Companion をアプリランチャーに追加しました：%1</translation>
    </message>
    <message>
        <source>Its menu has Log positive, Log negative and Check clipboard; bind them to keys in your desktop&apos;s keyboard settings.</source>
        <translation>メニューに「ポジティブを記録」「ネガティブを記録」「クリップボードをチェック」があります。デスクトップのキーボード設定でキーに割り当ててください。</translation>
    </message>
    <message>
        <source>Companion was not in the app launcher; nothing to remove.</source>
        <translation>Companion はアプリランチャーに登録されていないので、削除するものはありません。</translation>
    </message>
    <message>
        <source>Removed Companion from the app launcher (1 file).</source>
        <translation>Companion をアプリランチャーから削除しました（1 ファイル）。</translation>
    </message>
    <message>
        <source>Removed Companion from the app launcher (%L1 files).</source>
        <translation>Companion をアプリランチャーから削除しました（%L1 ファイル）。</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み込めません：%2。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 は UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>%1 is not text (it holds binary data).</source>
        <translation>%1 はテキストではありません（バイナリデータです）。</translation>
    </message>
    <message>
        <source>%1 is too large: Companion reads at most %2.</source>
        <translation>%1 は大きすぎます。Companion が読み込めるのは %2 までです。</translation>
    </message>
    <message>
        <source>%1 is Companion&apos;s own database, not a text file.</source>
        <translation>%1 は Companion のデータベースです。テキストファイルではありません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>There is no standard input to read.</source>
        <translation>読み込む標準入力がありません。</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>メモが長すぎます（%1 文字、上限は %2 文字）。</translation>
    </message>
    <message>
        <source>The topic is too long (at most %1 characters).</source>
        <translation>トピックが長すぎます（最大 %1 文字）。</translation>
    </message>
    <message>
        <source>The quote is too long (at most %1 characters).</source>
        <translation>お客様の言葉が長すぎます（最大 %1 文字）。</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>メモが長すぎます（最大 %1 文字）。</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 が長すぎます（%2 文字、上限は %3 文字）。</translation>
    </message>
    <message>
        <source>There is nothing to save: the quote is empty and there is no image.</source>
        <translation>保存するものがありません。お客様の言葉が空で、画像もありません。</translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore.</source>
        <translation>%1 に復元できるバックアップがありません。</translation>
    </message>
    <message>
        <source>There is no good backup in %1 to restore.</source>
        <translation>%1 に復元できる正常なバックアップがありません。</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>バックアップ %1 はありません。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was changed.</source>
        <translation>バックアップ %1 は壊れています（%2）。何も変更していません。</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>期間の終わり（%1）が始まり（%2）より前になっています。</translation>
    </message>
    <message>
        <source>Export at most ten years at a time.</source>
        <translation>一度に書き出せるのは 10 年分までです。</translation>
    </message>
    <message>
        <source>Not checked: there are no checking rules for %1 yet.</source>
        <translation>チェックしていません：%1 のチェックルールはまだありません。</translation>
    </message>
    <message>
        <source>Not checked: %1 needs its word analyser, which is not installed. Add it with “pip install %2” in Companion&apos;s environment, or run scripts/start.sh again.</source>
        <translation>チェックしていません：%1 のチェックに必要な形態素解析器がインストールされていません。Companion の環境で「pip install %2」を実行するか、scripts/start.sh をもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>export your data (happy file, reflections, …) to a file</source>
        <translation>データ（うれしい声、振り返りなど）をファイルに書き出す</translation>
    </message>
    <message>
        <source>Export one subject to Markdown, HTML, JSON or CSV. Prints to standard output unless -o FILE is given.</source>
        <translation>ひとつの項目を Markdown、HTML、JSON、CSV に書き出します。-o FILE を指定しなければ標準出力に出力します。</translation>
    </message>
    <message>
        <source>import a file exported before (happy file, …)</source>
        <translation>以前に書き出したファイル（うれしい声など）を読み込む</translation>
    </message>
    <message>
        <source>Import a JSON export back. Entries you already have are skipped, so importing the same file twice changes nothing.</source>
        <translation>書き出した JSON を読み込みます。すでにある項目は飛ばすので、同じファイルを 2 回読み込んでも何も変わりません。</translation>
    </message>
    <message>
        <source>Give a file name after -o, or &apos;-&apos; for standard output.</source>
        <translation>-o のあとにファイル名を指定するか、標準出力なら &apos;-&apos; を指定してください。</translation>
    </message>
    <message>
        <source>Give the file to import, or &apos;-&apos; for standard input.</source>
        <translation>読み込むファイルを指定するか、標準入力なら &apos;-&apos; を指定してください。</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>標準出力ではなく FILE に書き出す</translation>
    </message>
</context>
<context>
    <name>CliHappy</name>
    <message>
        <source>1 e-mail</source>
        <translation>メールアドレス 1 件</translation>
    </message>
    <message>
        <source>%L1 e-mails</source>
        <translation>メールアドレス %L1 件</translation>
    </message>
    <message>
        <source>1 phone number</source>
        <translation>電話番号 1 件</translation>
    </message>
    <message>
        <source>%L1 phone numbers</source>
        <translation>電話番号 %L1 件</translation>
    </message>
    <message>
        <source>1 card number</source>
        <translation>カード番号 1 件</translation>
    </message>
    <message>
        <source>%L1 card numbers</source>
        <translation>カード番号 %L1 件</translation>
    </message>
    <message>
        <source>1 order number</source>
        <translation>注文番号 1 件</translation>
    </message>
    <message>
        <source>%L1 order numbers</source>
        <translation>注文番号 %L1 件</translation>
    </message>
    <message>
        <source>keep customer messages that made your day, and find them again</source>
        <translation>うれしかったお客様の言葉を保存して、あとで読み返す</translation>
    </message>
    <message>
        <source>Your happy file (P1.2): lovely customer messages, kept to read on a bad day.</source>
        <translation>うれしい声（P1.2）：つらい日に読み返せるよう、お客様からの素敵な言葉を取っておく場所です。</translation>
    </message>
    <message>
        <source>save a quote (text, &apos;-&apos; for standard input, or --clipboard)</source>
        <translation>お客様の言葉を保存する（テキスト、標準入力なら &apos;-&apos;、または --clipboard）</translation>
    </message>
    <message>
        <source>Save a customer quote. E-mail addresses, phone numbers, card numbers and order/account numbers are hidden before saving unless you pass --no-redact.</source>
        <translation>お客様の言葉を保存します。--no-redact を付けない限り、メールアドレス・電話番号・カード番号・注文番号やアカウント番号は保存前に伏せられます。</translation>
    </message>
    <message>
        <source>the quote, or &apos;-&apos; to read standard input</source>
        <translation>お客様の言葉、または標準入力なら &apos;-&apos;</translation>
    </message>
    <message>
        <source>use the clipboard</source>
        <translation>クリップボードを使う</translation>
    </message>
    <message>
        <source>why it made your day</source>
        <translation>うれしかった理由</translation>
    </message>
    <message>
        <source>a tag (repeat for more than one)</source>
        <translation>タグ（複数なら繰り返し指定）</translation>
    </message>
    <message>
        <source>star it as a favourite</source>
        <translation>お気に入りにする</translation>
    </message>
    <message>
        <source>keep the text exactly as it is for this entry</source>
        <translation>この項目は文面をそのまま保存する</translation>
    </message>
    <message>
        <source>search quotes, notes and tags</source>
        <translation>お客様の言葉・メモ・タグを検索する</translation>
    </message>
    <message>
        <source>Search your happy file. The query is plain words; every word must match.</source>
        <translation>うれしい声を検索します。検索語は普通の言葉で指定し、すべての語に一致したものを表示します。</translation>
    </message>
    <message>
        <source>words to look for (prefixes match)</source>
        <translation>探す言葉（前方一致）</translation>
    </message>
    <message>
        <source>only entries with this tag</source>
        <translation>このタグの項目だけ</translation>
    </message>
    <message>
        <source>only starred entries</source>
        <translation>お気に入りの項目だけ</translation>
    </message>
    <message>
        <source>at most this many (default 50)</source>
        <translation>表示する最大件数（既定 50）</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON で出力する</translation>
    </message>
    <message>
        <source>lift me up: one entry at random, starred ones more often</source>
        <translation>元気をもらう：ランダムに 1 件表示（お気に入りが出やすい）</translation>
    </message>
    <message>
        <source>the happy file as Markdown, HTML (for a kudos post) or JSON</source>
        <translation>うれしい声を Markdown、HTML（チーム共有用）、JSON で書き出す</translation>
    </message>
    <message>
        <source>Export the happy file. HTML is one self-contained page (images included) to share in a team kudos post; JSON keeps everything, your own phrases included, and can be imported back.</source>
        <translation>うれしい声を書き出します。HTML は画像も含めた 1 ページで完結するので、チームでの共有に使えます。JSON は自分のフレーズも含めてすべてを保存し、あとで読み込めます。</translation>
    </message>
    <message>
        <source>only entries matching these words</source>
        <translation>この言葉に一致する項目だけ</translation>
    </message>
    <message>
        <source>a happy file JSON export</source>
        <translation>うれしい声の JSON ファイル</translation>
    </message>
    <message>
        <source>Import a happy file JSON export; entries you already have are skipped.</source>
        <translation>書き出したうれしい声の JSON を読み込みます。すでにある項目は飛ばします。</translation>
    </message>
    <message>
        <source>the JSON file (&apos;-&apos; for standard input)</source>
        <translation>JSON ファイル（標準入力なら &apos;-&apos;）</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>must be 1 or more, not %1</source>
        <translation>1 以上を指定してください（指定された値：%1）</translation>
    </message>
    <message>
        <source>(screenshot)</source>
        <translation>（スクリーンショット）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of data hidden</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Give the quote as text, &apos;-&apos; to read standard input, or --clipboard.</source>
        <translation>お客様の言葉をテキストで指定するか、標準入力なら &apos;-&apos;、または --clipboard を指定してください。</translation>
    </message>
    <message>
        <source>That is not text (it holds binary data); nothing was saved.</source>
        <translation>テキストではありません（バイナリデータです）。何も保存していません。</translation>
    </message>
    <message>
        <source>There is nothing to save: the quote is empty.</source>
        <translation>保存するものがありません。お客様の言葉が空です。</translation>
    </message>
    <message>
        <source>Saved to your happy file (#%1).</source>
        <translation>うれしい声に保存しました（#%1）。</translation>
    </message>
    <message>
        <source> Hidden: %1.</source>
        <translation> 伏せた項目：%1。</translation>
    </message>
    <message>
        <source> The text was long, so only the first %L1 characters were kept.</source>
        <translation> 文章が長かったため、最初の %L1 文字だけを保存しました。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message>
        <source>Your happy file is empty.</source>
        <translation>うれしい声はまだありません。</translation>
    </message>
    <message>
        <source>Your happy file is empty. Save a kind message with &apos;companion happy add&apos;.</source>
        <translation>うれしい声はまだありません。うれしかったメッセージは &apos;companion happy add&apos; で保存できます。</translation>
    </message>
    <message>
        <source>(a screenshot; open Companion to see it)</source>
        <translation>（スクリーンショット。Companion を開くと見られます）</translation>
    </message>
    <message>
        <source>  — why it made my day: %1</source>
        <translation>  — うれしかった理由：%1</translation>
    </message>
    <message>
        <source>Exported 1 entry to %2.</source>
        <translation>1 件を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Exported %L1 entries to %2.</source>
        <translation>%L1 件を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Imported 1 new entry, %L2 already there.</source>
        <translation>新しく 1 件読み込みました（%L2 件はすでにあります）。</translation>
    </message>
    <message>
        <source>Imported %L1 new entries, %L2 already there.</source>
        <translation>新しく %L1 件読み込みました（%L2 件はすでにあります）。</translation>
    </message>
    <message>
        <source> Phrases: %L1 new, %L2 already there.</source>
        <translation> フレーズ：新規 %L1 件、既存 %L2 件。</translation>
    </message>
</context>
<context>
    <name>CliPhrases</name>
    <message>
        <source>search the phrasebook and your own rehearsed answers</source>
        <translation>フレーズ集と自分の想定問答を検索する</translation>
    </message>
    <message>
        <source>Phrases for support replies by category (P4, P3.3, P3.6, P5.1, P5.4) and your own entries. The query is plain words.</source>
        <translation>サポートの返信に使えるカテゴリ別のフレーズ（P4、P3.3、P3.6、P5.1、P5.4）と、自分で登録したフレーズです。検索語は普通の言葉で指定します。</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>探す言葉</translation>
    </message>
    <message>
        <source>only this category</source>
        <translation>このカテゴリだけ</translation>
    </message>
    <message>
        <source>the phrasebook of this language (default: the interface&apos;s)</source>
        <translation>この言語のフレーズ集（既定：表示言語のもの）</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON で出力する</translation>
    </message>
    <message>
        <source>No phrases match.</source>
        <translation>一致するフレーズはありません。</translation>
    </message>
    <message>
        <source>When they say: %1</source>
        <translation>こう言われたら：%1</translation>
    </message>
</context>
<context>
    <name>CliRatio</name>
    <message>
        <source>above target</source>
        <translation>目標以上</translation>
    </message>
    <message>
        <source>at target</source>
        <translation>目標ちょうど</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>目標未満</translation>
    </message>
    <message>
        <source>log an interaction as positive (+) or negative (-)</source>
        <translation>対応をポジティブ (+) かネガティブ (-) として記録する</translation>
    </message>
    <message>
        <source>Log one interaction. With the app running, its window and tray update at once.</source>
        <translation>対応を 1 件記録します。アプリが起動中なら、ウィンドウとトレイにすぐ反映されます。</translation>
    </message>
    <message>
        <source>+ for positive, - for negative</source>
        <translation>+ でポジティブ、- でネガティブ</translation>
    </message>
    <message>
        <source>what it was about, e.g. &quot;billing&quot; (optional)</source>
        <translation>何についての対応か（任意。例：&quot;請求&quot;）</translation>
    </message>
    <message>
        <source>a one-line note (optional)</source>
        <translation>ひとことメモ（任意）</translation>
    </message>
    <message>
        <source>undo today&apos;s last log</source>
        <translation>今日の直前の記録を取り消す</translation>
    </message>
    <message>
        <source>today&apos;s counts and ratio against the target</source>
        <translation>今日の件数と、目標に対する比率</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON で出力する</translation>
    </message>
    <message>
        <source>no logs yet (target %1)</source>
        <translation>まだ記録がありません（目標 %1）</translation>
    </message>
    <message>
        <source>+%1 / -%2  ratio %3  target %4  %5</source>
        <translation>+%1 / -%2  比率 %3  目標 %4  %5</translation>
    </message>
    <message>
        <source> (1 more positive to reach it)</source>
        <translation>（目標まであとポジティブ 1 件）</translation>
    </message>
    <message>
        <source> (%L1 more positives to reach it)</source>
        <translation>（目標まであとポジティブ %L1 件）</translation>
    </message>
    <message>
        <source>Logged positive. Today: %1</source>
        <translation>ポジティブを記録しました。今日：%1</translation>
    </message>
    <message>
        <source>Logged negative. Today: %1</source>
        <translation>ネガティブを記録しました。今日：%1</translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation>今日は取り消せる記録がありません。</translation>
    </message>
    <message>
        <source>Removed the last positive log. Today: %1</source>
        <translation>直前のポジティブの記録を取り消しました。今日：%1</translation>
    </message>
    <message>
        <source>Removed the last negative log. Today: %1</source>
        <translation>直前のネガティブの記録を取り消しました。今日：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>the day, then how it stands</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CliReflect</name>
    <message>
        <source>the end-of-shift reflection: show a day or write today&apos;s</source>
        <translation>シフト終わりの振り返り：ある日の振り返りを表示するか、今日の分を書く</translation>
    </message>
    <message>
        <source>One reflection per day (P1.6), beside the day&apos;s numbers.</source>
        <translation>振り返りは 1 日 1 件（P1.6）。その日の数字と一緒に記録します。</translation>
    </message>
    <message>
        <source>a day&apos;s numbers and reflection (today by default)</source>
        <translation>ある日の数字と振り返り（既定は今日）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD（既定：今日）</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON で出力する</translation>
    </message>
    <message>
        <source>write today&apos;s reflection (again: updates it)</source>
        <translation>今日の振り返りを書く（もう一度書くと更新）</translation>
    </message>
    <message>
        <source>Write today&apos;s reflection. Saving again the same day updates the entry; answers you leave out keep what was saved before.</source>
        <translation>今日の振り返りを書きます。同じ日にもう一度保存すると更新され、指定しなかった項目は前に保存した内容が残ります。</translation>
    </message>
    <message>
        <source>1 (low) to 5 (high)</source>
        <translation>1（低い）〜 5（高い）</translation>
    </message>
    <message>
        <source>what went well</source>
        <translation>よかったこと</translation>
    </message>
    <message>
        <source>the hardest moment</source>
        <translation>いちばんつらかったこと</translation>
    </message>
    <message>
        <source>one thing to improve</source>
        <translation>改善したいこと</translation>
    </message>
    <message>
        <source>a free note</source>
        <translation>自由メモ</translation>
    </message>
    <message>
        <source>reflections with the day&apos;s numbers, as Markdown or CSV</source>
        <translation>振り返りをその日の数字と一緒に Markdown か CSV で書き出す</translation>
    </message>
    <message>
        <source>Export reflections and each day&apos;s numbers. Days with a reflection or any log in the range are included. Unknown numbers are &apos;—&apos; in Markdown and empty in CSV.</source>
        <translation>振り返りと毎日の数字を書き出します。期間内で振り返りか記録のある日が対象です。不明な数字は Markdown では「—」、CSV では空欄になります。</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>開始日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>終了日（既定：今日）</translation>
    </message>
    <message>
        <source>start the CSV with a byte order mark, so Excel reads it as UTF-8</source>
        <translation>Excel が UTF-8 として読めるよう、CSV の先頭に BOM を付ける</translation>
    </message>
    <message>
        <source>%1 is not a day; write it as YYYY-MM-DD.</source>
        <translation>%1 は日付ではありません。YYYY-MM-DD の形で指定してください。</translation>
    </message>
    <message>
        <source>%1 is outside the years %2–%3.</source>
        <translation>%1 は %2〜%3 年の範囲外です。</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <comment>a label and its value</comment>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>No reflection for this day yet.</source>
        <translation>この日の振り返りはまだありません。</translation>
    </message>
    <message>
        <source>  Mood: %1   Energy: %2</source>
        <translation>  気分：%1   元気：%2</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>よかったこと</translation>
    </message>
    <message>
        <source>Hardest moment</source>
        <translation>いちばんつらかったこと</translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation>改善したいこと</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a heading before the text</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>no logs (target %1)</source>
        <translation>記録なし（目標 %1）</translation>
    </message>
    <message>
        <source>%1 (target %2, %3)</source>
        <translation>%1（目標 %2、%3）</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>ポジティブ</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>ネガティブ</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Replies checked</source>
        <translation>チェックした返信</translation>
    </message>
    <message>
        <source>Cool-offs taken</source>
        <translation>クールダウンした回数</translation>
    </message>
    <message>
        <source>Cool-offs skipped</source>
        <translation>スキップしたクールダウン</translation>
    </message>
    <message>
        <source>Happy-file entries added</source>
        <translation>追加したうれしい声</translation>
    </message>
    <message>
        <source>Updated the reflection for %1.</source>
        <translation>%1 の振り返りを更新しました。</translation>
    </message>
    <message>
        <source>Saved the reflection for %1.</source>
        <translation>%1 の振り返りを保存しました。</translation>
    </message>
    <message>
        <source>--bom is for --format csv (Excel needs it; Markdown does not).</source>
        <translation>--bom は --format csv 用です（Excel では必要ですが、Markdown では不要です）。</translation>
    </message>
    <message>
        <source>Exported 1 day to %2.</source>
        <translation>1 日分を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Exported %L1 days to %2.</source>
        <translation>%L1 日分を %2 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>CliReframe</name>
    <message>
        <source>Permanent → is this temporary?</source>
        <translation>ずっと続く → 今回だけのことでは？</translation>
    </message>
    <message>
        <source>Pervasive → is it about one specific thing?</source>
        <translation>何もかも → この件だけのことでは？</translation>
    </message>
    <message>
        <source>Personal → is it really about you?</source>
        <translation>自分のせい → 本当に自分のせい？</translation>
    </message>
    <message>
        <source>find permanent, pervasive and personal wording in a thought</source>
        <translation>考えの中の「ずっと続く」「何もかも」「自分のせい」という言葉を見つける</translation>
    </message>
    <message>
        <source>The reframe guide&apos;s word check (P1.5). The guide itself is in the app.</source>
        <translation>捉え直しガイドの言葉チェック（P1.5）です。ガイド本体はアプリにあります。</translation>
    </message>
    <message>
        <source>mark permanent, pervasive and personal words and suggest reframes</source>
        <translation>「ずっと続く」「何もかも」「自分のせい」の言葉に印をつけ、捉え直しを提案する</translation>
    </message>
    <message>
        <source>Mark the words that make a thought permanent (always, never), pervasive (everyone, nothing) or personal (I&apos;m useless, my fault), and suggest a reframe for each. Quoted text (lines starting with &gt; or words in quotation marks) is skipped.</source>
        <translation>考えを「ずっと続く」（いつも、絶対）、「何もかも」（みんな、何ひとつ）、「自分のせい」（私はダメだ、私のせい）にしてしまう言葉に印をつけ、それぞれに捉え直しを提案します。引用（&gt; で始まる行や、かぎかっこ・引用符で囲んだ言葉）は対象外です。</translation>
    </message>
    <message>
        <source>the thought; &apos;-&apos; or nothing reads standard input</source>
        <translation>考え（&apos;-&apos; または省略で標準入力から読み込み）</translation>
    </message>
    <message>
        <source>many thoughts: JSON lines {id, text} from FILE (&apos;-&apos;: standard input), one JSON result per line with its id</source>
        <translation>複数の考え：FILE（&apos;-&apos; なら標準入力）から JSON Lines {id, text} を読み、id 付きの結果を 1 行ずつ JSON で出力する</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON で出力する</translation>
    </message>
    <message>
        <source>language of the thought: en, ko, ja or el (default: the language it is written in)</source>
        <translation>考えの言語：en、ko、ja、el のいずれか（既定：書かれている言語）</translation>
    </message>
    <message>
        <source>Nothing to read: the thought is empty.</source>
        <translation>読み取る考えが入っていません。</translation>
    </message>
    <message>
        <source>Not read: the reframe guide has no word lists for %1 yet.</source>
        <translation>読み取れません。捉え直しガイドには %1 の言葉のリストがまだありません。</translation>
    </message>
    <message>
        <source>Give --batch FILE on its own, without a thought.</source>
        <translation>--batch FILE は単独で指定してください（考えと一緒には使えません）。</translation>
    </message>
    <message>
        <source>No permanent, pervasive or personal wording found.</source>
        <translation>「ずっと続く」「何もかも」「自分のせい」と思わせる言葉は見つかりませんでした。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>words quoted from the thought</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>  Try: %1</source>
        <translation>  言い換え例：%1</translation>
    </message>
</context>
<context>
    <name>ClipboardWatcher</name>
    <message>
        <source>Copied reply: %1</source>
        <extracomment>Clipboard watching only looks at the start of very long texts. A copy settles this long before it is read (some programs set the clipboard several times).</extracomment>
        <translation>コピーした返信：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Use Check clipboard to see them.</source>
        <translation>
            <numerusform>指摘が %n 件あります。「クリップボードをチェック」で確認できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here should hurt the reply.</source>
        <translation>気になるところはありません。</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>ログイン時の自動起動を変更できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>CoolOffKeeper</name>
    <message>
        <source>The cool-off is not over. Copy the draft now and send it as it is? This is recorded in today&apos;s numbers.</source>
        <translation>クールダウンはまだ終わっていません。下書きを今コピーして、このまま送りますか？ 今日の記録に残ります。</translation>
    </message>
    <message>
        <source>This reply may land hard. Copy it now, without a cool-off, and send it as it is? This is recorded in today&apos;s numbers.</source>
        <translation>この返信は、きつく受け取られるかもしれません。クールダウンせずに今コピーして、このまま送りますか？ 今日の記録に残ります。</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>このまま送りますか？</translation>
    </message>
</context>
<context>
    <name>CoolOffScreen</name>
    <message>
        <source>Cool-off</source>
        <translation>クールダウン</translation>
    </message>
    <message>
        <source>Take a minute</source>
        <translation>ひと息つきましょう</translation>
    </message>
    <message>
        <source>When a customer is upset with you, give yourself a few minutes before you answer. Step back, breathe with the circle, and say to yourself what you think of the situation. What you write afterwards is kinder and clearer.</source>
        <translation>お客様に怒りをぶつけられたら、返信する前に数分だけ時間を取りましょう。少し離れて、円に合わせて呼吸しながら、今の状況をどう感じているかを心の中で言葉にしてみてください。そのあとに書く返信は、ずっとやさしく、わかりやすくなります。</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>呼吸のタイミング</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Your draft waits here until the time is up:</source>
        <translation>時間になるまで、下書きはここで預かります：</translation>
    </message>
    <message>
        <source>Held draft</source>
        <translation>預かり中の下書き</translation>
    </message>
    <message>
        <source>The timer carried on while Companion was closed. Drafts are never written to disk, so paste yours into Check when the time is up.</source>
        <translation>Companion を閉じているあいだもタイマーは進んでいました。下書きはディスクに保存しないので、時間になったら「チェック」に貼り付けてください。</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>このまま送る…</translation>
    </message>
    <message>
        <source>Copy the held draft now (asks first; it is recorded)</source>
        <translation>預かり中の下書きを今コピーします（確認あり・記録に残ります）</translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <translation>もう大丈夫</translation>
    </message>
    <message>
        <source>End the cool-off early</source>
        <translation>クールダウンを早めに終える</translation>
    </message>
    <message>
        <source>Rewrite it now</source>
        <translation>今すぐ書き直す</translation>
    </message>
    <message>
        <source>Another cool-off</source>
        <translation>もう一度クールダウン</translation>
    </message>
    <message numerus="yes">
        <source>Start a %n-minute cool-off</source>
        <translation>
            <numerusform>%n 分のクールダウンを始める</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>残り %1:%2</translation>
    </message>
    <message>
        <source>Time&apos;s up. Well done for taking the minute.</source>
        <translation>時間です。ひと息つけましたね、お疲れさまです。</translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation>吸って…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>止めて…</translation>
    </message>
    <message>
        <source>Breathe out…</source>
        <translation>吐いて…</translation>
    </message>
    <message>
        <source>Rewrite it now opens your draft in Check, beside the first findings.</source>
        <translation>「今すぐ書き直す」を押すと、最初の指摘と並べて「チェック」で下書きを開きます。</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>The day&apos;s logs</source>
        <translation>この日の記録</translation>
    </message>
    <message>
        <source>No reflection written this day.</source>
        <translation>この日は振り返りを書いていません。</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>%1 の記録</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>(the first %1 logs are listed)</source>
        <translation>（最初の %1 件を表示しています）</translation>
    </message>
    <message>
        <source>No logs this day (target %1).</source>
        <translation>この日の記録はありません（目標 %1）。</translation>
    </message>
    <message>
        <source>%1 positive, no negative: %2, no ratio to compare (target %3).</source>
        <translation>ポジティブ %1 件、ネガティブなし（%2）。比率が出ないため、目標（%3）とは比べられません。</translation>
    </message>
    <message>
        <source>%1 positive, %2 negative: %3, %4 (target %5).</source>
        <translation>ポジティブ %1 件、ネガティブ %2 件（%3）、%4（目標 %5）。</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>5 段階中 %1</translation>
    </message>
    <message>
        <source>Mood %1 · Energy %2</source>
        <translation>気分 %1 · 元気 %2</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>よかったこと</translation>
    </message>
    <message>
        <source>Hardest moment</source>
        <translation>いちばんつらかったこと</translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation>改善したいこと</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>+ positive</source>
        <translation>+ ポジティブ</translation>
    </message>
    <message>
        <source>− negative</source>
        <translation>− ネガティブ</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Past days; days with a reflection are bold</source>
        <translation>過去の日付（振り返りを書いた日は太字）</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>今日(&amp;O)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低い</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高い</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>元気</translation>
    </message>
    <message>
        <source>A thank-you, a fix that worked, a good call…</source>
        <translation>お礼の言葉、うまくいった解決策、いい判断…</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>よかったこと</translation>
    </message>
    <message>
        <source>Send to happy file</source>
        <translation>うれしい声に送る</translation>
    </message>
    <message>
        <source>Keep what went well in your happy file</source>
        <translation>よかったことをうれしい声に残します</translation>
    </message>
    <message>
        <source>The moment that stung most</source>
        <translation>いちばんこたえたこと</translation>
    </message>
    <message>
        <source>The hardest moment</source>
        <translation>いちばんつらかったこと</translation>
    </message>
    <message>
        <source>Reframe this…</source>
        <translation>捉え直す…</translation>
    </message>
    <message>
        <source>Open the reframe guide with the hardest moment</source>
        <translation>いちばんつらかったことを捉え直しガイドで開きます</translation>
    </message>
    <message>
        <source>One specific thing, e.g. check tracking before promising a date</source>
        <translation>具体的にひとつ。例：日付を約束する前に配送状況を確認する</translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation>改善したいこと</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>そのほか</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;Save reflection</source>
        <translation>振り返りを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>気分(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>元気(&amp;E)：</translation>
    </message>
    <message>
        <source>Wh&amp;at went well:</source>
        <translation>よかったこと(&amp;A)：</translation>
    </message>
    <message>
        <source>The ha&amp;rdest moment:</source>
        <translation>いちばんつらかったこと(&amp;R)：</translation>
    </message>
    <message>
        <source>One thing to &amp;improve:</source>
        <translation>改善したいこと(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 に保存済み。</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>%1 に更新しました。</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>From my reflection on %1</source>
        <translation>%1 の振り返りより</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>まだ書いていません。</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile; saving keeps what you see here.</source>
        <translation>そのあいだに別の場所で変更されました。保存すると、ここに表示されている内容が残ります。</translation>
    </message>
    <message>
        <source>Write what went well first.</source>
        <translation>先に「よかったこと」を書いてください。</translation>
    </message>
    <message>
        <source>Already in your happy file.</source>
        <translation>うれしい声に保存済みです。</translation>
    </message>
    <message>
        <source>Sent to your happy file.</source>
        <translation>うれしい声に送りました。</translation>
    </message>
</context>
<context>
    <name>DaySummaryBox</name>
    <message>
        <source>The day&apos;s numbers</source>
        <translation>この日の数字</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>ポジティブ</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>ネガティブ</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Replies checked</source>
        <translation>チェックした返信</translation>
    </message>
    <message>
        <source>Cool-offs taken</source>
        <translation>クールダウンした回数</translation>
    </message>
    <message>
        <source>Cool-offs skipped</source>
        <translation>スキップしたクールダウン</translation>
    </message>
    <message>
        <source>Happy-file entries added</source>
        <translation>追加したうれしい声</translation>
    </message>
    <message>
        <source>no logs (target %1)</source>
        <translation>記録なし（目標 %1）</translation>
    </message>
    <message>
        <source>%1 (target %2, %3)</source>
        <translation>%1（目標 %2、%3）</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>App launcher:</source>
        <translation>アプリランチャー：</translation>
    </message>
    <message>
        <source>The app launcher entry is for Linux desktops.</source>
        <translation>アプリランチャーへの登録は Linux デスクトップ向けです。</translation>
    </message>
    <message>
        <source>&amp;Add to launcher</source>
        <translation>ランチャーに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Companion is in the app launcher, with Log positive, Log negative and Check clipboard in its menu (bind them to keys in your desktop&apos;s keyboard settings).</source>
        <translation>Companion はアプリランチャーに登録済みです。メニューに「ポジティブを記録」「ネガティブを記録」「クリップボードをチェック」があります（デスクトップのキーボード設定でキーに割り当てられます）。</translation>
    </message>
    <message>
        <source>Companion is not in the app launcher.</source>
        <translation>Companion はアプリランチャーに登録されていません。</translation>
    </message>
    <message>
        <source>&amp;Remove from launcher</source>
        <translation>ランチャーから削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DimensionPrompt</name>
    <message>
        <source>Use suggestion</source>
        <translation>提案を使う</translation>
    </message>
    <message>
        <source>Use suggestion: %1</source>
        <translation>提案を使う：%1</translation>
    </message>
    <message>
        <source>Your words…</source>
        <translation>自分の言葉で…</translation>
    </message>
    <message>
        <source>Nothing of this kind in your words. You can still answer it.</source>
        <translation>書いた言葉には、このタイプの表現は見つかりませんでした。それでも答えてかまいません。</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>提案：%1</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit happy file entry</source>
        <translation>うれしい声を編集</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>お客様の言葉</translation>
    </message>
    <message>
        <source>Why it made my day</source>
        <translation>うれしかった理由</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>文面</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (.csv)</source>
        <translation>表計算用 CSV (.csv)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>For &amp;Excel (UTF-8 with a byte order mark)</source>
        <translation>Excel 用（BOM 付き UTF-8）(&amp;E)</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>終了日(&amp;O)：</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>形式(&amp;R)：</translation>
    </message>
    <message>
        <source>Export your reflections with each day&apos;s numbers. Days with a reflection or any log are included; unknown numbers are “—” in Markdown and empty in CSV.</source>
        <translation>振り返りを、その日の数字と一緒に書き出します。振り返りか記録のある日が対象です。不明な数字は Markdown では「—」、CSV では空欄になります。</translation>
    </message>
    <message>
        <source>Export reflections</source>
        <translation>振り返りを書き出す</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to %1.</source>
        <translation>
            <numerusform>%n 日分を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Try: %1</source>
        <extracomment>The quoted words on a card are cut here; the whole span is highlighted in the draft.</extracomment>
        <translation>言い換え例: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation>・</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>ヒント: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1、%2: %3。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <source>Select a finding to see what to do and the rewrites that fit.</source>
        <translation>指摘を選ぶと、どうすればいいかと、使える言い換えが表示されます。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>どうすればいいか</translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation>言い換え</translation>
    </message>
    <message>
        <source>Rewrites that fit here: Apply puts one in</source>
        <translation>ここで使える言い換え（「反映」で下書きに入ります）</translation>
    </message>
    <message>
        <source>&amp;Apply rewrite</source>
        <translation>言い換えを反映(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Ignore here</source>
        <translation>ここでは無視(&amp;I)</translation>
    </message>
    <message>
        <source>Stop flagging this one match in this draft</source>
        <translation>この下書きでは、この箇所を指摘しません</translation>
    </message>
    <message>
        <source>Phrases →</source>
        <translation>フレーズ集 →</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>選んだ指摘</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>どうすればいいか：%1</translation>
    </message>
    <message>
        <source>Phrases that help here: %1</source>
        <translation>ここで使えるフレーズ：%1</translation>
    </message>
    <message>
        <source>Where this comes from (practice %1)</source>
        <translation>この指摘の根拠（プラクティス %1）</translation>
    </message>
    <message>
        <source>(remove these words)</source>
        <translation>（この言葉を削る）</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>The whole reply</source>
        <translation>返信全体</translation>
    </message>
    <message>
        <source>leave those words out</source>
        <translation>この言葉を削る</translation>
    </message>
</context>
<context>
    <name>HappyActions</name>
    <message>
        <source>Save to happy file</source>
        <translation>うれしい声に保存</translation>
    </message>
    <message>
        <source>Save the copied customer message to your happy file</source>
        <translation>コピーしたお客様のメッセージをうれしい声に保存します</translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation>元気をもらう</translation>
    </message>
    <message>
        <source>Saved to your happy file.</source>
        <translation>うれしい声に保存しました。</translation>
    </message>
    <message>
        <source>Today has been tough so far. A kind word from your happy file might help.</source>
        <translation>今日はここまで大変でしたね。うれしい声を読むと、少し元気が出るかもしれません。</translation>
    </message>
</context>
<context>
    <name>HappyFilePage</name>
    <message>
        <source>DE, FR, GB</source>
        <comment>example region codes</comment>
        <translation>US, KR, CN</translation>
    </message>
    <message>
        <source>Not a region code: %1. %2</source>
        <translation>地域コードではありません：%1。%2</translation>
    </message>
</context>
<context>
    <name>HappyScreen</name>
    <message>
        <source>Happy file</source>
        <translation>うれしい声</translation>
    </message>
    <message>
        <source>Save from clipboard</source>
        <translation>クリップボードから保存</translation>
    </message>
    <message>
        <source>Save the message you copied (Ctrl+Shift+H)</source>
        <translation>コピーしたメッセージを保存（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation>元気をもらう</translation>
    </message>
    <message>
        <source>Search words, notes and tags</source>
        <translation>文面・メモ・タグを検索</translation>
    </message>
    <message>
        <source>Search the happy file</source>
        <translation>うれしい声を検索</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>タグで絞り込む</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>お気に入りのみ</translation>
    </message>
    <message>
        <source>Happy file entries</source>
        <translation>うれしい声の一覧</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>お気に入りにする</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>HTML page for a kudos post…</source>
        <translation>チームで共有する HTML ページ…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>JSON (can be imported back)…</source>
        <translation>JSON（あとで読み込めます）…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>読み込む…</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln 件見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation>見つかりませんでした。言葉を減らすか、短くしてみてください。</translation>
    </message>
    <message>
        <source>Nothing here yet.

When a customer makes your day, copy their message and choose Save to happy file (Ctrl+Shift+H, or the tray menu). On a hard day, Lift me up brings one back.</source>
        <translation>まだ何もありません。

お客様の言葉がうれしかったら、メッセージをコピーして「うれしい声に保存」を選んでください（Ctrl+Shift+H、またはトレイメニューから）。つらい日には「元気をもらう」で読み返せます。</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>お気に入りから外す</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) deleted.</source>
        <translation>
            <numerusform>%n 件削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML ページ (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n entry(s)</source>
        <translation>
            <numerusform>%n 件を書き出す</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a happy file</source>
        <translation>うれしい声を読み込む</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
</context>
<context>
    <name>HappyWords</name>
    <message numerus="yes">
        <source>Imported %n new entry(s)</source>
        <translation>
            <numerusform>新しく %n 件読み込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n 件はすでにあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your phrases added.</source>
        <translation>
            <numerusform>自分のフレーズを %n 件追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1.</source>
        <translation>
            <numerusform>%n 件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Welcome…</source>
        <translation>ようこそ…</translation>
    </message>
    <message>
        <source>The ratio, your day and the keys, in brief</source>
        <translation>比率、1 日の流れ、キー操作をざっと紹介します</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>プラクティス</translation>
    </message>
    <message>
        <source>The customer-service practices behind it</source>
        <translation>Companion のもとになったカスタマーサービスのプラクティス</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s)</source>
        <translation>
            <numerusform>%n 日分を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>連続日数</translation>
    </message>
    <message>
        <source>Daily ratio chart</source>
        <translation>日ごとの比率のグラフ</translation>
    </message>
    <message>
        <source>At or above target</source>
        <translation>目標以上</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>目標未満</translation>
    </message>
    <message>
        <source>No negative (n : 0, no ratio)</source>
        <translation>ネガティブなし（n : 0、比率なし）</translation>
    </message>
    <message>
        <source>Taller than the axis</source>
        <translation>目盛りの上限超え</translation>
    </message>
    <message>
        <source>Day under the pointer</source>
        <translation>ポインターの位置の日</translation>
    </message>
    <message>
        <source>Mood and energy, from your reflections</source>
        <translation>気分と元気（振り返りから）</translation>
    </message>
    <message>
        <source>Mood and energy chart</source>
        <translation>気分と元気のグラフ</translation>
    </message>
    <message>
        <source>Mood (1–5)</source>
        <translation>気分（1〜5）</translation>
    </message>
    <message>
        <source>Energy (1–5)</source>
        <translation>元気（1〜5）</translation>
    </message>
    <message>
        <source>Dotted: days without an entry between</source>
        <translation>点線：あいだに記録のない日があります</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>直近 7 日</translation>
    </message>
    <message>
        <source>7 days before</source>
        <translation>その前の 7 日</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Complaint trends</source>
        <translation>クレームの傾向</translation>
    </message>
    <message>
        <source>No negative logs with a topic in the last two weeks. Add a topic when you log a negative to see which complaints recur.</source>
        <translation>この 2 週間、トピック付きのネガティブな記録はありません。ネガティブを記録するときにトピックを入れると、どんなクレームが繰り返されているかがわかります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complaint trends&lt;/b&gt; — topics of negative logs, this week against last week</source>
        <translation>&lt;b&gt;クレームの傾向&lt;/b&gt; — ネガティブな記録のトピック（今週と先週の比較）</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s) at or above %1</source>
        <translation>
            <numerusform>目標 %1 以上の日が %n 日続いています</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily ratio — positives per negative, last %1 days</source>
        <translation>日ごとの比率 — ネガティブ 1 件あたりのポジティブ（直近 %1 日）</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>%1: no logs</source>
        <translation>%1：記録なし</translation>
    </message>
    <message>
        <source>%1: %2 positive, no negative (%3): no ratio to draw</source>
        <translation>%1：ポジティブ %2 件、ネガティブなし（%3）。比率は出せません</translation>
    </message>
    <message>
        <source>%1: %2 positive, %3 negative: %4, %5 (target %6)</source>
        <translation>%1：ポジティブ %2 件、ネガティブ %3 件（%4）、%5（目標 %6）</translation>
    </message>
    <message>
        <source>%1: no mood or energy noted</source>
        <translation>%1：気分・元気の記録なし</translation>
    </message>
    <message>
        <source>%1: mood %2, energy %3</source>
        <translation>%1：気分 %2、元気 %3</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>5 段階中 %1</translation>
    </message>
    <message>
        <source>%1. Click or press Enter to open the day.</source>
        <translation>%1。クリックか Enter でその日を開きます。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a day&apos;s summary</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Highest %1 on %2, lowest %3 on %4.</source>
        <translation>最高 %1（%2）、最低 %3（%4）。</translation>
    </message>
    <message>
        <source>%1: not noted.</source>
        <translation>%1：記録なし。</translation>
    </message>
    <message numerus="yes">
        <source>%1 went from %2 to %3 (average %4, %n entry(s)).</source>
        <translation>
            <numerusform>%1は %2〜%3 で推移しました（平均 %4、%n 件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 went from %2 to %3 (average %4, %n entry(s)); the biggest change was %5 → %6, from %7 to %8.</source>
        <translation>
            <numerusform>%1は %2〜%3 で推移しました（平均 %4、%n 件）。いちばん大きな変化は %7〜%8 の %5 → %6 でした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a day (or Tab to the chart and use the arrow keys) to read it; click it or press Enter to open its logs.</source>
        <translation>日付を指すと詳細が出ます。クリックか Enter でその日の記録を開きます（Tab と矢印キーでも可）。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): %2 with logs, %3 at or above the target %4, %5 below, %6 with no negative.</source>
        <translation>
            <numerusform>%n 日間：記録のある日 %2 日、目標以上 %3 日（目標 %4）、目標未満 %5 日、ネガティブなし %6 日。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was %2 every time (%n entry(s)).</source>
        <translation>
            <numerusform>%1はずっと %2 でした（%n 件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No mood or energy noted in these %n day(s). The Reflection screen asks for them at the end of a shift.</source>
        <translation>
            <numerusform>この %n 日間、気分と元気の記録はありません。シフトの終わりに「振り返り」画面で記録できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>元気</translation>
    </message>
</context>
<context>
    <name>InputMethod</name>
    <message>
        <source>Your desktop types through fcitx, which this Qt has no plugin for, so Companion talks to it as ibus. If Korean or Japanese typing does not work here, turn on fcitx 5&apos;s ibus frontend, or install ibus with your language&apos;s engine (the README says how).</source>
        <translation>このデスクトップは入力に fcitx を使っていますが、この Qt には fcitx 用のプラグインがないため、Companion は ibus として接続しています。日本語や韓国語が入力できない場合は、fcitx 5 の ibus フロントエンドをオンにするか、ibus と日本語の入力エンジンをインストールしてください（方法は README にあります）。</translation>
    </message>
</context>
<context>
    <name>LauncherOffer</name>
    <message>
        <source>Add Companion to your desktop&apos;s app launcher? Its menu will have Log positive, Log negative and Check clipboard, which your desktop&apos;s keyboard settings can bind to keys.</source>
        <translation>Companion をアプリランチャーに追加しますか？ メニューに「ポジティブを記録」「ネガティブを記録」「クリップボードをチェック」が入り、デスクトップのキーボード設定でキーに割り当てられます。</translation>
    </message>
    <message>
        <source>Add to launcher</source>
        <translation>ランチャーに追加</translation>
    </message>
    <message>
        <source>Companion is in the app launcher now. To log or check with one key, bind its Log positive, Log negative and Check clipboard actions in your desktop&apos;s keyboard settings.</source>
        <translation>Companion をアプリランチャーに追加しました。ワンキーで記録やチェックをするには、デスクトップのキーボード設定で「ポジティブを記録」「ネガティブを記録」「クリップボードをチェック」をキーに割り当ててください。</translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <source>Lift me up</source>
        <translation>元気をもらう</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>お客様の言葉</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>もうひとつ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Your happy file is empty for now.

When a customer writes something kind, copy it and choose Save to happy file. On a day like this it will be here.</source>
        <translation>うれしい声はまだありません。

お客様からうれしい言葉をもらったら、コピーして「うれしい声に保存」を選んでください。今日みたいな日に、ここで読み返せます。</translation>
    </message>
    <message>
        <source>Why it made my day: %1</source>
        <translation>うれしかった理由：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Check reply</source>
        <translation>返信をチェック</translation>
    </message>
    <message>
        <source>Cool-off</source>
        <translation>クールダウン</translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation>うれしい声</translation>
    </message>
    <message>
        <source>Phrasebook</source>
        <translation>フレーズ集</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>捉え直し</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>振り返り</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Companion</source>
        <translation>Companion(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>記録(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation>今日は取り消せる記録がありません。</translation>
    </message>
    <message>
        <source>Removed the last positive log.</source>
        <translation>直前のポジティブの記録を取り消しました。</translation>
    </message>
    <message>
        <source>Removed the last negative log.</source>
        <translation>直前のネガティブの記録を取り消しました。</translation>
    </message>
    <message>
        <source>Companion shows %1 from its next start.</source>
        <translation>次回の起動から %1 で表示します。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Companion について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Companion %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A companion for customer-support agents: keep the day&apos;s positives in view, check replies before sending, cool off, keep a happy file and reflect.&lt;/p&gt;&lt;p&gt;All data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Companion %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;カスタマーサポート担当者のための相棒アプリです。その日のポジティブな対応を見える化し、送る前に返信をチェックし、クールダウンし、うれしい声を集めて、1 日を振り返れます。&lt;/p&gt;&lt;p&gt;データはすべてこのパソコンの中だけに保存されます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <source>Edit my phrase</source>
        <translation>自分のフレーズを編集</translation>
    </message>
    <message>
        <source>Add my phrase</source>
        <translation>自分のフレーズを追加</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>When a customer says</source>
        <translation>お客様にこう言われたら</translation>
    </message>
    <message>
        <source>Optional, e.g. “It&apos;s too expensive.”</source>
        <translation>任意。例：「高すぎます」</translation>
    </message>
    <message>
        <source>What I&apos;ll say</source>
        <translation>こう答える</translation>
    </message>
    <message>
        <source>The words you want ready</source>
        <translation>すぐ使えるようにしておきたい言葉</translation>
    </message>
    <message>
        <source>Fill this in to rehearse your answer to something you expect to hear.</source>
        <translation>言われそうなことへの答え方を練習しておくなら、ここに書いてください。</translation>
    </message>
    <message>
        <source>When they say</source>
        <translation>こう言われたら</translation>
    </message>
    <message>
        <source>I say</source>
        <translation>こう答える</translation>
    </message>
</context>
<context>
    <name>PhraseModel</name>
    <message>
        <source>When they say: “%1”</source>
        <translation>こう言われたら：「%1」</translation>
    </message>
    <message>
        <source>my phrase</source>
        <translation>自分のフレーズ</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Click to copy</source>
        <translation>クリックでコピー</translation>
    </message>
</context>
<context>
    <name>PhrasebookScreen</name>
    <message>
        <source>Phrasebook</source>
        <translation>フレーズ集</translation>
    </message>
    <message>
        <source>Phrase categories</source>
        <translation>フレーズのカテゴリ</translation>
    </message>
    <message>
        <source>All phrases</source>
        <translation>すべてのフレーズ</translation>
    </message>
    <message>
        <source>My phrases</source>
        <translation>自分のフレーズ</translation>
    </message>
    <message>
        <source>Your own words, and answers to objections you expect</source>
        <translation>自分の言葉と、想定問答</translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation>フレーズを検索</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>フレーズ</translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation>自分のフレーズを追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Click a phrase to copy it. Make it your own before you send it.</source>
        <translation>フレーズをクリックするとコピーされます。送る前に、自分の言葉に直してください。</translation>
    </message>
    <message>
        <source>Your own phrases and rehearsed answers. They go into JSON exports.</source>
        <translation>自分のフレーズと想定問答です。JSON の書き出しに含まれます。</translation>
    </message>
    <message>
        <source>No phrases match.</source>
        <translation>一致するフレーズはありません。</translation>
    </message>
    <message>
        <source>Nothing here yet: add your own with Add my own….</source>
        <translation>まだ何もありません。「自分のフレーズを追加…」から追加できます。</translation>
    </message>
    <message>
        <source>Why this works</source>
        <translation>なぜ効果があるのか</translation>
    </message>
    <message>
        <source>The practices behind it: %1</source>
        <translation>もとになったプラクティス：%1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>コピーしました：%1</translation>
    </message>
    <message>
        <source>Click a phrase to copy it.</source>
        <translation>フレーズをクリックするとコピーされます。</translation>
    </message>
    <message>
        <source>Added to your phrases.</source>
        <translation>自分のフレーズに追加しました。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Deleted your phrase.</source>
        <translation>自分のフレーズを削除しました。</translation>
    </message>
</context>
<context>
    <name>PracticesWindow</name>
    <message>
        <source>The practices behind Companion</source>
        <translation>Companion を支えるプラクティス</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>プラクティス</translation>
    </message>
    <message>
        <source>The practices could not be read (%1).</source>
        <translation>プラクティスを読み込めませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>RatingButtons</name>
    <message>
        <source>%1 %2 of 5</source>
        <translation>%1：5 段階中 %2</translation>
    </message>
</context>
<context>
    <name>ReflectionActions</name>
    <message>
        <source>Reframe…</source>
        <translation>捉え直す…</translation>
    </message>
    <message>
        <source>Walk through a bruising moment</source>
        <translation>つらかった出来事を一歩ずつ捉え直します</translation>
    </message>
    <message>
        <source>Reflect on today</source>
        <translation>今日を振り返る</translation>
    </message>
    <message>
        <source>Snooze reflection 15 min</source>
        <translation>振り返りを 15 分後に</translation>
    </message>
    <message>
        <source>No reflection today</source>
        <translation>今日は振り返らない</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>シフト終了</translation>
    </message>
    <message>
        <source>How did today go? Two minutes of reflection, with today&apos;s numbers.</source>
        <translation>今日はどうでしたか？ 今日の数字を見ながら、2 分だけ振り返ってみましょう。</translation>
    </message>
    <message>
        <source>Reflect now</source>
        <translation>今すぐ振り返る</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>%1 分後に</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>今日はやめておく</translation>
    </message>
</context>
<context>
    <name>ReflectionScreen</name>
    <message>
        <source>Reflection</source>
        <translation>振り返り</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>書き出し(&amp;X)</translation>
    </message>
</context>
<context>
    <name>Reframe</name>
    <message>
        <source>Permanent</source>
        <translation>ずっと続く</translation>
    </message>
    <message>
        <source>Pervasive</source>
        <translation>何もかも</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>自分のせい</translation>
    </message>
    <message>
        <source>Feeling before → after:</source>
        <translation>気持ち（前 → 後）：</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>起きたこと</translation>
    </message>
    <message>
        <source>What I told myself</source>
        <translation>頭に浮かんだ言葉</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>今回だけ</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>この件だけ</translation>
    </message>
    <message>
        <source>External</source>
        <translation>自分のせいではない</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>そう思う根拠</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>そうとは言えない根拠</translation>
    </message>
    <message>
        <source>More useful to believe</source>
        <translation>こう考えたほうが前向き</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>次はこうする</translation>
    </message>
</context>
<context>
    <name>ReframeGuide</name>
    <message>
        <source>Progress through the guide</source>
        <extracomment>word lists being compiled on a pool thread, by language languages whose lists could not be read: detect says why, once asked</extracomment>
        <translation>ガイドの進み具合</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. A customer called me incompetent over a late refund.</source>
        <translation>例：返金が遅れて、お客様に「無能だ」と言われた。</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>何がありましたか？</translation>
    </message>
    <message>
        <source>e.g. I always mess up refunds. Everyone can see I&apos;m useless.</source>
        <translation>例：いつも返金でミスしてしまう。みんな私が役に立たないと思っている。</translation>
    </message>
    <message>
        <source>What are you telling yourself about it?</source>
        <translation>そのことで、心の中で自分に何と言っていますか？</translation>
    </message>
    <message>
        <source>Words marked in your thought</source>
        <translation>考えの中で印がついた言葉</translation>
    </message>
    <message>
        <source>Feeling now</source>
        <translation>今の気持ち</translation>
    </message>
    <message>
        <source>awful</source>
        <translation>最悪</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>平気</translation>
    </message>
    <message>
        <source>Write it as it sounds in your head. Words that make it permanent, pervasive or personal are marked as you type.</source>
        <translation>頭の中で聞こえるとおりに書いてください。「ずっと続く」「何もかも」「自分のせい」と思わせる言葉に、入力しながら印がつきます。</translation>
    </message>
    <message>
        <source>How do you feel right now?</source>
        <translation>今、どんな気持ちですか？</translation>
    </message>
    <message>
        <source>Is this temporary?</source>
        <translation>今回だけのことでは？</translation>
    </message>
    <message>
        <source>Example: “I always mess up refunds” → “This refund went wrong today.”</source>
        <translation>例：「いつも返金でミスする」→「今日のこの返金はうまくいかなかった」</translation>
    </message>
    <message>
        <source>Is it about one specific thing?</source>
        <translation>この件だけのことでは？</translation>
    </message>
    <message>
        <source>Example: “Everyone hates me” → “One customer was angry about one order.”</source>
        <translation>例：「みんなに嫌われている」→「一人のお客様が、ひとつの注文のことで怒っていた」</translation>
    </message>
    <message>
        <source>Is it really about you?</source>
        <translation>本当に自分のせい？</translation>
    </message>
    <message>
        <source>Example: “It&apos;s my fault” → “The courier was late; I passed on the news.”</source>
        <translation>例：「私のせいだ」→「配送業者が遅れた。私はそれを伝えただけ」</translation>
    </message>
    <message>
        <source>What supports the thought?</source>
        <translation>そう考える根拠は？</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>そう思う根拠</translation>
    </message>
    <message>
        <source>What does not fit it? Times it went well?</source>
        <translation>当てはまらないことは？ うまくいったときは？</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>そうとは言えない根拠</translation>
    </message>
    <message>
        <source>e.g. Refunds are tricky; I am learning them.</source>
        <translation>例：返金対応は難しい。今まさに覚えているところ。</translation>
    </message>
    <message>
        <source>What is more useful to believe?</source>
        <translation>どう考えたほうが前向きになれますか？</translation>
    </message>
    <message>
        <source>Evidence &amp;for:</source>
        <translation>そう思う根拠(&amp;F)：</translation>
    </message>
    <message>
        <source>Evidence &amp;against:</source>
        <translation>そうとは言えない根拠(&amp;A)：</translation>
    </message>
    <message>
        <source>More &amp;useful to believe:</source>
        <translation>前向きな考え方(&amp;U)：</translation>
    </message>
    <message>
        <source>Dispute the thought (optional)</source>
        <translation>その考えを疑ってみる（任意）</translation>
    </message>
    <message>
        <source>Leave these empty and press Next to skip this step.</source>
        <translation>空欄のまま「次へ」を押すと、このステップを飛ばせます。</translation>
    </message>
    <message>
        <source>e.g. Check the courier tracking page before I promise a date</source>
        <translation>例：日付を約束する前に、配送業者の追跡ページを確認する</translation>
    </message>
    <message>
        <source>One thing I could do better next time</source>
        <translation>次にもっとうまくできること</translation>
    </message>
    <message>
        <source>Feeling after</source>
        <translation>終わったあとの気持ち</translation>
    </message>
    <message>
        <source>Specific and doable: a detail to check, a phrase to use, a step to add.</source>
        <translation>具体的で、実際にできることを。確認すること、使う言い回し、加える手順など。</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation>今はどんな気持ちですか？</translation>
    </message>
    <message>
        <source>Three questions</source>
        <translation>3 つの問い</translation>
    </message>
    <message>
        <source>Dispute (optional)</source>
        <translation>疑ってみる（任意）</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>次はこうする</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1 / %2：%3</translation>
    </message>
    <message>
        <source>Not read: the guide has no word lists for %1 yet.</source>
        <translation>読み取れません。ガイドには %1 の言葉のリストがまだありません。</translation>
    </message>
    <message>
        <source>%1, about someone else</source>
        <translation>%1（ほかの人について）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Write what happened or what you are telling yourself.</source>
        <translation>何があったか、または心の中で自分に何と言っているかを書いてください。</translation>
    </message>
    <message>
        <source>Nothing permanent, pervasive or personal so far.</source>
        <translation>今のところ「ずっと続く」「何もかも」「自分のせい」と思わせる言葉はありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Make it specific: what exactly will you do, and when?</source>
        <translation>具体的にしましょう。何を、いつやりますか？</translation>
    </message>
    <message>
        <source>Saved. Find it under Saved reframes.</source>
        <translation>保存しました。「保存した捉え直し」で見られます。</translation>
    </message>
</context>
<context>
    <name>ReframeListModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>起きたこと</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>気持ち</translation>
    </message>
    <message>
        <source>feeling before %1, after %2</source>
        <translation>気持ち：前 %1、後 %2</translation>
    </message>
</context>
<context>
    <name>ReframeScreen</name>
    <message>
        <source>Reframe</source>
        <translation>捉え直し</translation>
    </message>
    <message>
        <source>Gu&amp;ide</source>
        <translation>ガイド(&amp;I)</translation>
    </message>
    <message>
        <source>Sa&amp;ved reframes</source>
        <translation>保存した捉え直し(&amp;V)</translation>
    </message>
    <message>
        <source>Unfinished reframe</source>
        <translation>書きかけの捉え直し</translation>
    </message>
    <message>
        <source>You have a reframe you haven&apos;t saved.</source>
        <translation>保存していない捉え直しがあります。</translation>
    </message>
    <message>
        <source>Start a new one and lose it, or go on with the one you were writing?</source>
        <translation>破棄して新しく始めますか？ それとも書きかけの続きを書きますか？</translation>
    </message>
    <message>
        <source>Start new</source>
        <translation>新しく始める</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>続きを書く</translation>
    </message>
</context>
<context>
    <name>ReplyCheckPage</name>
    <message>
        <source>Language of the rules shown</source>
        <extracomment>the rules (and categories) switched off, in every language&apos;s pack</extracomment>
        <translation>表示するルールの言語</translation>
    </message>
    <message>
        <source>Checker rules</source>
        <translation>チェックのルール</translation>
    </message>
    <message>
        <source>Rules &amp;for replies in:</source>
        <translation>ルールの対象言語(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Rules in use:</source>
        <translation>使うルール(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ReplyTools</name>
    <message>
        <source>Check clipboard</source>
        <translation>クリップボードをチェック</translation>
    </message>
    <message>
        <source>Check the reply on the clipboard</source>
        <translation>クリップボードの返信をチェックします</translation>
    </message>
    <message>
        <source>I need a minute</source>
        <translation>ひと息つく</translation>
    </message>
    <message>
        <source>Start a short breathing cool-off</source>
        <translation>呼吸を整える短いクールダウンを始めます</translation>
    </message>
    <message>
        <source>Cool-off</source>
        <translation>クールダウン</translation>
    </message>
    <message>
        <source>A cool-off is already running; it holds its own draft.</source>
        <translation>クールダウン中です。その下書きを預かっています。</translation>
    </message>
    <message>
        <source>Welcome back. Time to answer, cool.</source>
        <translation>おかえりなさい。落ち着いて返信しましょう。</translation>
    </message>
    <message>
        <source>Welcome back. Your draft is back in Check, beside the findings.</source>
        <translation>おかえりなさい。下書きは「チェック」の指摘の横に戻してあります。</translation>
    </message>
    <message>
        <source>Welcome back. Your draft waits in Cool-off: Rewrite it now.</source>
        <translation>おかえりなさい。下書きは「クールダウン」にあります。「今すぐ書き直す」からどうぞ。</translation>
    </message>
    <message>
        <source>Cool-off done</source>
        <translation>クールダウン完了</translation>
    </message>
</context>
<context>
    <name>SavedReframes</name>
    <message>
        <source>Search saved reframes</source>
        <translation>保存した捉え直しを検索</translation>
    </message>
    <message>
        <source>Saved reframes</source>
        <translation>保存した捉え直し</translation>
    </message>
    <message>
        <source>The selected reframe</source>
        <translation>選んだ捉え直し</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>保存済み %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved reframes yet.</source>
        <translation>保存した捉え直しはまだありません。</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Target ratio (positives per negative):</source>
        <translation>目標の比率（ネガティブ 1 件あたりのポジティブ）(&amp;T)：</translation>
    </message>
    <message>
        <source>Target ratio</source>
        <translation>目標の比率</translation>
    </message>
    <message>
        <source>3 : 1 is a rule of thumb, not science: pick the number that helps you notice when a day slides.</source>
        <translation>3 : 1 は経験則であって、科学ではありません。調子が下がってきたときに気づける数字を選んでください。</translation>
    </message>
    <message>
        <source>A new &amp;day starts at:</source>
        <translation>1 日の区切り(&amp;D)：</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>1 日の区切り</translation>
    </message>
    <message>
        <source>Logs before this hour count for the previous day, so a night shift is one day.</source>
        <translation>この時刻より前の記録は前日に数えるので、夜勤も 1 日として扱えます。</translation>
    </message>
    <message>
        <source>&amp;Shift ends at:</source>
        <translation>シフトの終わり(&amp;S)：</translation>
    </message>
    <message>
        <source>Shift ends at</source>
        <translation>シフトの終わり</translation>
    </message>
    <message>
        <source>Remind me to reflect when my shift ends</source>
        <translation>シフトが終わったら振り返りを知らせる</translation>
    </message>
    <message>
        <source>Start Companion when I log in</source>
        <translation>ログイン時に Companion を起動する</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System follows your desktop&apos;s language; dates and numbers follow it too.</source>
        <translation>「システム」を選ぶとデスクトップの言語に合わせます。日付や数字の書き方も合わせます。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>&amp;Cool-off length:</source>
        <translation>クールダウンの長さ(&amp;C)：</translation>
    </message>
    <message>
        <source>Cool-off length in minutes</source>
        <translation>クールダウンの長さ（分）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Watch the clipboard and quietly tell me the verdict of copied replies</source>
        <translation>クリップボードを見守り、コピーした返信の判定をさりげなく知らせる</translation>
    </message>
    <message>
        <source>Copied text is checked in memory only and never saved.</source>
        <translation>コピーした文章はメモリ上でチェックするだけで、保存はしません。</translation>
    </message>
    <message>
        <source>&amp;Rules in use:</source>
        <translation>使うルール(&amp;R)：</translation>
    </message>
    <message>
        <source>Rules in use</source>
        <translation>使うルール</translation>
    </message>
    <message>
        <source>Hide customer details (e-mail, phone, card, order numbers) in new entries</source>
        <translation>新しく保存するときにお客様の個人情報を伏せる（メール・電話番号・カード番号・注文番号）</translation>
    </message>
    <message>
        <source>Also hide local phone numbers of these &amp;regions:</source>
        <translation>次の地域の国内電話番号も伏せる(&amp;R)：</translation>
    </message>
    <message>
        <source>Regions whose local phone numbers are hidden</source>
        <translation>国内電話番号を伏せる地域</translation>
    </message>
    <message>
        <source>Country codes such as DE, FR, GB, separated by commas. Numbers written with a + country code are always hidden, and so are local numbers of the text&apos;s language and of your system&apos;s region.</source>
        <translation>US, KR, CN のような国コードを半角カンマで区切って入力します。+ で始まる国番号付きの番号は常に伏せます。文章の言語とシステムの地域の国内番号も伏せます。</translation>
    </message>
    <message>
        <source>Offer Lift me up once a day when a negative log leaves today below target</source>
        <translation>ネガティブを記録して今日が目標未満になったら、1 日 1 回「元気をもらう」をすすめる</translation>
    </message>
    <message>
        <source>The offer is a quiet banner (or a tray notification), never a pop-up.</source>
        <translation>おすすめは控えめなバナー（またはトレイの通知）で、ポップアップは出しません。</translation>
    </message>
    <message>
        <source>Offer to add Companion to the app launcher</source>
        <translation>Companion をアプリランチャーに追加するよう提案する</translation>
    </message>
    <message>
        <source>Asked once, quietly, on a Linux desktop where it is missing.</source>
        <translation>未登録の Linux デスクトップで、一度だけさりげなくお尋ねします。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Companion settings</source>
        <translation>Companion の設定</translation>
    </message>
    <message>
        <source>Reply checker</source>
        <translation>返信チェック</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation>うれしい声</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Log a positive conversation (also = )</source>
        <translation>ポジティブな対応を記録（= キーでも可）</translation>
    </message>
    <message>
        <source>Log a negative conversation</source>
        <translation>ネガティブな対応を記録</translation>
    </message>
    <message>
        <source>Undo the last log</source>
        <translation>直前の記録を取り消す</translation>
    </message>
    <message>
        <source>History chart</source>
        <translation>履歴のグラフ</translation>
    </message>
    <message>
        <source>The day before (Right: the day after)</source>
        <translation>前の日（→ で次の日）</translation>
    </message>
    <message>
        <source>A week back (PgDown: a week on)</source>
        <translation>1 週間前（PgDown で 1 週間後）</translation>
    </message>
    <message>
        <source>The first day shown (End: the last)</source>
        <translation>表示中の最初の日（End で最後の日）</translation>
    </message>
    <message>
        <source>Open the day&apos;s logs and reflection</source>
        <translation>その日の記録と振り返りを開く</translation>
    </message>
    <message>
        <source>Check reply</source>
        <translation>返信をチェック</translation>
    </message>
    <message>
        <source>Check the reply</source>
        <translation>返信をチェック</translation>
    </message>
    <message>
        <source>Save to happy file</source>
        <translation>うれしい声に保存</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation>うれしい声</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>選んだ項目を削除</translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation>元気をもらう</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>もうひとつ</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>捉え直し</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップへ</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>振り返り</translation>
    </message>
    <message>
        <source>Save today&apos;s reflection</source>
        <translation>今日の振り返りを保存</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>&quot;(&amp;S)&quot; after a CJK label: the accelerator written the way Korean and Japanese menus write it</extracomment>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>%1メニュー</translation>
    </message>
    <message>
        <source>Outside the window: the tray icon&apos;s menu logs and checks in one click, and &lt;code&gt;companion log +&lt;/code&gt; or &lt;code&gt;companion log -&lt;/code&gt; logs from a terminal, or from a key you give it in your desktop&apos;s keyboard settings.</source>
        <translation>ウィンドウを開いていなくても大丈夫です。トレイアイコンのメニューからワンクリックで記録やチェックができます。ターミナルで &lt;code&gt;companion log +&lt;/code&gt; や &lt;code&gt;companion log -&lt;/code&gt; を実行しても記録でき、デスクトップのキーボード設定でキーに割り当てることもできます。</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Positive interactions today</source>
        <translation>今日のポジティブな対応</translation>
    </message>
    <message>
        <source>Negative interactions today</source>
        <translation>今日のネガティブな対応</translation>
    </message>
    <message>
        <source>Today&apos;s ratio</source>
        <translation>今日の比率</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>ポジティブ</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>ネガティブ</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>State against target</source>
        <translation>目標との比較</translation>
    </message>
    <message>
        <source>Positives needed to reach the target</source>
        <translation>目標まであと何件のポジティブが必要か</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;billing&quot;, &quot;late delivery&quot;</source>
        <translation>任意。例：「請求」「配送遅延」</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>optional one-line note</source>
        <translation>任意。ひとことメモ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>トピック(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O)：</translation>
    </message>
    <message>
        <source>+  Positive</source>
        <translation>+  ポジティブ</translation>
    </message>
    <message>
        <source>Log a positive interaction (+ or Ctrl+Up)</source>
        <translation>ポジティブな対応を記録（+ または Ctrl+Up）</translation>
    </message>
    <message>
        <source>Log positive</source>
        <translation>ポジティブを記録</translation>
    </message>
    <message>
        <source>−  Negative</source>
        <translation>−  ネガティブ</translation>
    </message>
    <message>
        <source>Log a negative interaction (− or Ctrl+Down)</source>
        <translation>ネガティブな対応を記録（− または Ctrl+Down）</translation>
    </message>
    <message>
        <source>Log negative</source>
        <translation>ネガティブを記録</translation>
    </message>
    <message>
        <source>&amp;Undo last log</source>
        <translation>直前の記録を取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Remove today&apos;s most recent log (Ctrl+Z)</source>
        <translation>今日のいちばん新しい記録を取り消します（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>直前の操作</translation>
    </message>
    <message>
        <source>&amp;Reframe this…</source>
        <translation>捉え直す(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the reframe guide for the selected (or the last) negative log</source>
        <translation>選んだ（または直前の）ネガティブな記録について捉え直しガイドを開きます</translation>
    </message>
    <message>
        <source>Today&apos;s logs</source>
        <translation>今日の記録</translation>
    </message>
    <message>
        <source>Logged positive at %1.</source>
        <translation>ポジティブを記録しました（%1）。</translation>
    </message>
    <message>
        <source>Logged negative at %1.</source>
        <translation>ネガティブを記録しました（%1）。</translation>
    </message>
    <message>
        <source>Removed the last positive log.</source>
        <translation>直前のポジティブの記録を取り消しました。</translation>
    </message>
    <message>
        <source>Removed the last negative log.</source>
        <translation>直前のネガティブの記録を取り消しました。</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation>今日は取り消せる記録がありません。</translation>
    </message>
    <message>
        <source>No ratio until there is a negative conversation</source>
        <translation>ネガティブな対応があるまで比率は出ません</translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>No logs yet today</source>
        <translation>今日はまだ記録がありません</translation>
    </message>
    <message>
        <source>Log your first conversation with + or −.</source>
        <translation>+ か − で、最初の対応を記録しましょう。</translation>
    </message>
    <message>
        <source>No negative conversations yet today.</source>
        <translation>今日はまだネガティブな対応がありません。</translation>
    </message>
    <message>
        <source>You have reached your target. Nice work.</source>
        <translation>目標に届きました。いい調子です。</translation>
    </message>
    <message numerus="yes">
        <source>%n more positive conversation(s) and you&apos;re at your target.</source>
        <translation>
            <numerusform>あと %n 件ポジティブな対応があれば目標達成です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to 1</source>
        <translation>%1 対 1</translation>
    </message>
    <message>
        <source>%1, no negatives yet</source>
        <translation>%1、ネガティブはまだなし</translation>
    </message>
    <message>
        <source>%1, %2: %3 to 1</source>
        <translation>%1、%2：%3 対 1</translation>
    </message>
    <message numerus="yes">
        <source>%n positive(s)</source>
        <translation>
            <numerusform>ポジティブ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative(s)</source>
        <translation>
            <numerusform>ネガティブ %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Keys for your desktop…</source>
        <translation>デスクトップのキー設定…</translation>
    </message>
    <message>
        <source>Companion — today %1 (target %2)
%3. %4</source>
        <translation>Companion — 今日 %1（目標 %2）
%3。%4</translation>
    </message>
    <message>
        <source>Companion — no logs yet today (target %1)</source>
        <translation>Companion — 今日はまだ記録なし（目標 %1）</translation>
    </message>
    <message>
        <source>Companion&apos;s keys work only while its window is open. Add it to your app launcher, and your desktop&apos;s keyboard settings can give its Log positive, Log negative and Check clipboard a key each.</source>
        <translation>Companion のキー操作は、ウィンドウを開いているあいだだけ使えます。アプリランチャーに追加すれば、デスクトップのキーボード設定で「ポジティブを記録」「ネガティブを記録」「クリップボードをチェック」にそれぞれキーを割り当てられます。</translation>
    </message>
    <message>
        <source>Add to launcher</source>
        <translation>ランチャーに追加</translation>
    </message>
    <message>
        <source>Companion is in your app launcher. Give its Log positive, Log negative and Check clipboard actions keys in your desktop&apos;s keyboard settings: on KDE, Shortcuts, Add New, Application, Companion; elsewhere, a custom shortcut running a command such as %1</source>
        <translation>Companion はアプリランチャーに登録済みです。デスクトップのキーボード設定で「ポジティブを記録」「ネガティブを記録」「クリップボードをチェック」にキーを割り当ててください。KDE では「ショートカット」→「新規追加」→「アプリケーション」→「Companion」。そのほかの環境では、%1 のようなコマンドを実行するカスタムショートカットを作ります</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Companion lives in its window: closing it minimises Companion, which keeps running for your reminders and cool-offs (Quit is in the Companion menu). To get a tray on GNOME, install and turn on the “AppIndicator and KStatusNotifierItem Support” extension, then start Companion again. Starting Companion from the app launcher or a keyboard shortcut always brings this window forward.</source>
        <translation>このデスクトップにはシステムトレイがないため、Companion はウィンドウで動きます。ウィンドウを閉じると最小化され、リマインダーやクールダウンのために動き続けます（終了は「Companion」メニューから）。GNOME でトレイを使うには、拡張機能「AppIndicator and KStatusNotifierItem Support」をインストールして有効にし、Companion を起動し直してください。アプリランチャーやキーボードショートカットから Companion を起動すると、いつでもこのウィンドウが前面に出ます。</translation>
    </message>
    <message>
        <source>Companion can use the tray now</source>
        <translation>Companion がトレイを使えるようになりました</translation>
    </message>
    <message>
        <source>Quit Companion and start it again to put its icon in the tray.</source>
        <translation>トレイにアイコンを表示するには、Companion を終了してもう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 前の週(&amp;P)</translation>
    </message>
    <message>
        <source>Next wee&amp;k ▶</source>
        <translation>次の週(&amp;K) ▶</translation>
    </message>
    <message>
        <source>The week, day by day</source>
        <translation>1 週間の日ごとの記録</translation>
    </message>
    <message>
        <source>Improvements named this week</source>
        <translation>今週あげた改善点</translation>
    </message>
    <message>
        <source>Improvements named:</source>
        <translation>あげた改善点：</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 — ratio %2, %n day(s) at target</source>
        <translation>
            <numerusform>%1 の週 — 比率 %2、目標達成 %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>元気</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>None named this week yet.</source>
        <translation>今週はまだ改善点をあげていません。</translation>
    </message>
    <message>
        <source>%1: not enough entries yet.</source>
        <translation>%1：まだ記録が足りません。</translation>
    </message>
    <message>
        <source>%1: %2, one entry so far.</source>
        <translation>%1：%2（今のところ 1 件）。</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3; the biggest change was %4 → %5 (%6 to %7).</source>
        <translation>%1は %2〜%3 で推移しました。いちばん大きな変化は %4 → %5（%6〜%7）でした。</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上向き</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下向き</translation>
    </message>
    <message>
        <source>%1: %2, around %3.</source>
        <translation>%1：%2、%3 前後。</translation>
    </message>
    <message>
        <source>%1: steady, around %2.</source>
        <translation>%1：安定、%2 前後。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Companion</source>
        <translation>Companion へようこそ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Help → Welcome… shows this again</source>
        <translation>「ヘルプ」→「ようこそ…」でもう一度見られます</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>After each conversation with a customer, log it: &lt;b&gt;positive&lt;/b&gt; or &lt;b&gt;negative&lt;/b&gt;. Companion keeps the day&apos;s &lt;b&gt;ratio&lt;/b&gt; — positives for each negative — in view on Today and on the tray icon, so you notice when a day slides, and lift it before it drags you down.</source>
        <translation>お客様との対応が終わるたびに、&lt;b&gt;ポジティブ&lt;/b&gt;か&lt;b&gt;ネガティブ&lt;/b&gt;かを記録しましょう。Companion はその日の&lt;b&gt;比率&lt;/b&gt;（ネガティブ 1 件あたりのポジティブの数）を「今日」画面とトレイアイコンに表示します。調子が下がってきたらすぐ気づけるので、引きずられる前に立て直せます。</translation>
    </message>
    <message>
        <source>3 : 1</source>
        <translation>3 : 1</translation>
    </message>
    <message>
        <source>Three to one</source>
        <translation>3 対 1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why 3&amp;nbsp;:&amp;nbsp;1?&lt;/b&gt; About three good conversations for each hard one tends to feel about right: 1&amp;nbsp;:&amp;nbsp;1 feels bleak, 10&amp;nbsp;:&amp;nbsp;1 is not realistic. It is a rule of thumb, not science — the maths behind the famous “positivity ratio” was retracted — so the target is yours: set it on the next page.</source>
        <translation>&lt;b&gt;なぜ 3&amp;nbsp;:&amp;nbsp;1？&lt;/b&gt; つらい対応 1 件につき、いい対応が 3 件くらいあると「ちょうどいい」と感じやすいものです。1&amp;nbsp;:&amp;nbsp;1 では気が滅入り、10&amp;nbsp;:&amp;nbsp;1 は現実的ではありません。ただ、これは経験則であって科学ではありません（有名な「ポジティビティ比」の元になった計算は撤回されています）。目標は自分で決めてください。次のページで設定できます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;above&lt;/b&gt; the target: a good day so far</source>
        <translation>目標&lt;b&gt;以上&lt;/b&gt;：ここまでいい 1 日です</translation>
    </message>
    <message>
        <source>&lt;b&gt;at&lt;/b&gt; the target</source>
        <translation>目標&lt;b&gt;ちょうど&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;below&lt;/b&gt;: time for a kind word from your happy file</source>
        <translation>目標&lt;b&gt;未満&lt;/b&gt;：うれしい声を読み返してひと息</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>1 日の流れ</translation>
    </message>
    <message>
        <source>When your shift ends, Companion invites two minutes of reflection (or snooze it, or not today). Starting at login keeps it at hand from the first conversation of the day. All of this can be changed later in Settings (%1).</source>
        <translation>シフトが終わると、Companion が 2 分間の振り返りに誘います（あとにする、今日はやめておく、も選べます）。ログイン時に起動しておけば、その日最初の対応から使えます。どれもあとで「設定」（%1）から変更できます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; (%1) lists every key, and &lt;b&gt;Help → Practices&lt;/b&gt; the customer-service practices behind each screen.</source>
        <translation>すべてのキーは&lt;b&gt;「ヘルプ」→「キーボードショートカット」&lt;/b&gt;（%1）に、各画面のもとになったカスタマーサービスのプラクティスは&lt;b&gt;「ヘルプ」→「プラクティス」&lt;/b&gt;にまとめてあります。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Log in one key</source>
        <translation>ワンキーで記録</translation>
    </message>
    <message>
        <source>on Today, which the window opens on, ready</source>
        <translation>ウィンドウを開くと表示される「今日」画面で</translation>
    </message>
    <message>
        <source>anywhere in the window</source>
        <translation>ウィンドウのどこでも</translation>
    </message>
    <message>
        <source>on Today: undo the last log</source>
        <translation>「今日」画面で：直前の記録を取り消す</translation>
    </message>
    <message>
        <source>Tray icon</source>
        <translation>トレイアイコン</translation>
    </message>
    <message>
        <source>Log positive or Log negative from its menu</source>
        <translation>メニューから「ポジティブを記録」「ネガティブを記録」</translation>
    </message>
    <message>
        <source>in a terminal, or on a key you set in your desktop&apos;s keyboard settings</source>
        <translation>ターミナルで。またはデスクトップのキーボード設定で割り当てたキーで</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>ok</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>needs care</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Needs care</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>hard reply</source>
        <translation>きつい返信</translation>
    </message>
    <message>
        <source>Hard reply</source>
        <translation>きつい返信</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>目標以上</translation>
    </message>
    <message>
        <source>Above target</source>
        <translation>目標以上</translation>
    </message>
    <message>
        <source>at target</source>
        <translation>目標ちょうど</translation>
    </message>
    <message>
        <source>At target</source>
        <translation>目標ちょうど</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>目標未満</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>目標未満</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>ポジティブ</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>ポジティブ</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>ネガティブ</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>ネガティブ</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Restore the newest backup</source>
        <translation>最新のバックアップから復元</translation>
    </message>
    <message>
        <source>Something went wrong (%1: %2). Your data is safe; the details are in %3.</source>
        <translation>問題が発生しました（%1: %2）。データは無事です。詳しくは %3 をご覧ください。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>プログラムのバージョンを表示して終了する</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数です: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>選べない値です: %(value)r（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値を 1 つ指定してください</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>値は 1 つまでです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>値を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>値を %s 個指定してください</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>値を %s 個指定してください</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s として使えない値です: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>オプションがあいまいです: %(option)s は %(matches)s のどれにも当てはまります</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; を開けません: %(error)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>%s のいずれかが必要です</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>値 %r は無視しました</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>想定していないオプションです: %s</translation>
    </message>
</context>
</TS>
