<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Log positive</source>
        <translation>좋은 대화 기록</translation>
    </message>
    <message>
        <source>Log negative</source>
        <translation>힘든 대화 기록</translation>
    </message>
    <message>
        <source>Undo last log</source>
        <translation>마지막 기록 되돌리기</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Companion 열기</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>창 숨기기</translation>
    </message>
    <message>
        <source>Quit Companion</source>
        <translation>Companion 종료</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Companion 정보</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Backups…</source>
        <translation>백업…</translation>
    </message>
    <message>
        <source>Back up your data now, or bring back a backup</source>
        <translation>지금 데이터를 백업하거나 백업에서 복원해요</translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation>백업하고 확인까지 마쳤어요: %1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <source>Companion&apos;s data is damaged</source>
        <translation>Companion 데이터가 손상됐어요</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Every day Companion keeps a checked copy of your data (the newest %1), in %2. Restoring one keeps what Companion holds now in its set-aside folder.</source>
        <translation>Companion은 매일 확인을 거친 데이터 사본을 %2에 보관해요(최근 %1개). 백업을 복원해도 지금 데이터는 따로 보관 폴더에 남아요.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>매일 자동</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>직접 백업</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>업그레이드 전</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>yyyy년 M월 d일 (ddd) HH:mm</translation>
    </message>
    <message>
        <source>No backups yet. The first is made shortly after Companion starts.</source>
        <translation>아직 백업이 없어요. Companion을 켜면 곧 첫 백업을 만들어요.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>이 백업으로 복원할까요?</translation>
    </message>
    <message>
        <source>Replace your data with the backup from %1? Logs, happy-file entries and reflections saved since then will be set aside with the rest of what Companion holds now, not deleted.</source>
        <translation>지금 데이터를 %1 백업으로 바꿀까요? 그 뒤에 저장한 기록, 행복 보관함 항목, 하루 돌아보기는 지우지 않고 지금 데이터와 함께 따로 보관해 둬요.</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>%1 백업으로 복원했어요.</translation>
    </message>
    <message>
        <source>What Companion held before is in %1.</source>
        <translation>복원 전 데이터는 %1에 있어요.</translation>
    </message>
    <message>
        <source>There is no backups folder yet.</source>
        <translation>아직 백업 폴더가 없어요.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>BreathingShape</name>
    <message>
        <source>Breathing guide</source>
        <translation>호흡 안내</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Save to happy file</source>
        <translation>행복 보관함에 담기</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>고객이 남긴 말</translation>
    </message>
    <message>
        <source>Paste what the customer wrote…</source>
        <translation>고객이 보낸 메시지를 붙여 넣으세요…</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>스크린샷</translation>
    </message>
    <message>
        <source>Why it made my day</source>
        <translation>기분 좋았던 이유</translation>
    </message>
    <message>
        <source>Why it made my day (optional)</source>
        <translation>기분 좋았던 이유 (선택)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Tags, separated by commas (optional)</source>
        <translation>태그 (쉼표로 구분, 선택)</translation>
    </message>
    <message>
        <source>Star it as a favourite</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <source>Hide customer details (e-mail, phone, card and order numbers)</source>
        <translation>고객 개인정보 가리기 (이메일, 전화번호, 카드·주문 번호)</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>저장될 내용</translation>
    </message>
    <message>
        <source>What will be saved:</source>
        <translation>저장될 내용:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>고객이 남긴 말</translation>
    </message>
    <message>
        <source>The clipboard held %1 characters, more than a quote needs. The first %2 are kept.</source>
        <translation>클립보드에 %1자가 있었어요. 인용하기엔 길어서 앞의 %2자만 담았어요.</translation>
    </message>
    <message>
        <source>The screenshot was large, so it was scaled down to %1 pixels to keep it.</source>
        <translation>스크린샷이 커서 %1픽셀로 줄여서 담았어요.</translation>
    </message>
    <message>
        <source>Hidden: %1.</source>
        <translation>가린 정보: %1.</translation>
    </message>
    <message>
        <source>Type the words too, if you like (optional)</source>
        <translation>원하면 내용도 직접 적어 두세요 (선택)</translation>
    </message>
    <message>
        <source>The words will be saved exactly as they are.</source>
        <translation>입력한 그대로 저장돼요.</translation>
    </message>
    <message>
        <source>No customer details found to hide.</source>
        <translation>가릴 개인정보가 없어요.</translation>
    </message>
</context>
<context>
    <name>CheckCategory</name>
    <message>
        <source>Flat no</source>
        <extracomment>The context the checker&apos;s category titles are translated under. Each checker category&apos;s title, in English.</extracomment>
        <translation>딱 잘라 거절</translation>
    </message>
    <message>
        <source>Blame</source>
        <translation>고객 탓</translation>
    </message>
    <message>
        <source>Can&apos;t without can</source>
        <translation>안 되는 것만 말함</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>단정적인 표현</translation>
    </message>
    <message>
        <source>Policy without the why</source>
        <translation>이유 없는 규정 안내</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>어려운 용어</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>너무 긴 설명</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>격한 말투</translation>
    </message>
    <message>
        <source>Dismissive</source>
        <translation>무시하는 말투</translation>
    </message>
    <message>
        <source>Insult</source>
        <translation>모욕적인 말</translation>
    </message>
    <message>
        <source>No empathy</source>
        <translation>공감 표현 없음</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>다음 안내 없음</translation>
    </message>
</context>
<context>
    <name>CheckNumbersRow</name>
    <message>
        <source>Checks and cool-offs today</source>
        <translation>오늘의 검토와 숨 고르기</translation>
    </message>
    <message>
        <source>Replies checked: %1 · Cool-offs taken: %2 · skipped: %3</source>
        <translation>검토한 답변 %1 · 숨 고르기 %2 · 건너뜀 %3</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check a reply</source>
        <extracomment>Texts longer than this are checked in a worker thread (about 50 ms of work and up). Typing pauses this long before the draft is checked again. A verdict left this long on an unchanged draft has been seen: the check counts.</extracomment>
        <translation>답변 검토</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>답변 초안</translation>
    </message>
    <message>
        <source>Paste your draft reply here…</source>
        <translation>답변 초안을 여기에 붙여 넣으세요…</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>아직 검토한 답변이 없어요.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>검토 결과</translation>
    </message>
    <message>
        <source>Take a cool-off</source>
        <translation>숨 고르기</translation>
    </message>
    <message>
        <source>Hold this draft while you breathe for a few minutes</source>
        <translation>몇 분 숨을 고르는 동안 이 초안을 잠시 보류해요</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>그냥 보내기…</translation>
    </message>
    <message>
        <source>Copy it now without a cool-off (asks; it is counted)</source>
        <translation>숨 고르기 없이 지금 복사해요 (한 번 더 묻고, 기록에 남아요)</translation>
    </message>
    <message>
        <source>About the verdict</source>
        <translation>검토 결과 설명</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>확인할 점</translation>
    </message>
    <message>
        <source>Findings before the cool-off</source>
        <translation>숨 고르기 전 확인할 점</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>검토(&amp;K)</translation>
    </message>
    <message>
        <source>Check the draft (Ctrl+Return)</source>
        <translation>초안 검토 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Check clip&amp;board</source>
        <translation>클립보드 검토(&amp;B)</translation>
    </message>
    <message>
        <source>Check the text on the clipboard (Ctrl+Shift+K)</source>
        <translation>클립보드의 글 검토 (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>C&amp;opy reply</source>
        <translation>답변 복사(&amp;O)</translation>
    </message>
    <message>
        <source>I need a &amp;minute</source>
        <translation>잠깐 쉴게요(&amp;M)</translation>
    </message>
    <message>
        <source>Hold this draft and take a short cool-off</source>
        <translation>초안을 잠시 보류하고 짧게 숨을 골라요</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Language of the draft</source>
        <translation>초안 언어</translation>
    </message>
    <message>
        <source>The language the draft is checked in; Automatic reads it from the text</source>
        <translation>초안을 어떤 언어로 검토할지 골라요. 자동을 고르면 글을 보고 알아서 정해요</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Checking… copy again once the verdict is in.</source>
        <translation>검토하는 중이에요… 결과가 나오면 다시 복사하세요.</translation>
    </message>
    <message>
        <source>Nothing to check: the draft is empty.</source>
        <translation>초안이 비어 있어서 검토할 내용이 없어요.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>검토하는 중…</translation>
    </message>
    <message>
        <source>Long text: only the first %1 characters were checked.</source>
        <translation>글이 길어서 앞의 %1자만 검토했어요.</translation>
    </message>
    <message>
        <source>Only the first %1 findings are listed: work through them, then check again.</source>
        <extracomment>Most findings listed as cards (and marked in the editor): a draft with more is a pasted document, not a reply, and measuring thousands of cards would hold the window for seconds.</extracomment>
        <translation>확인할 점은 앞의 %1개만 보여 드려요. 먼저 이것부터 고친 뒤 다시 검토해 주세요.</translation>
    </message>
    <message>
        <source>%1 — nothing here should hurt the reply.</source>
        <translation>%1 — 답변에 걸리는 부분이 없어요.</translation>
    </message>
    <message>
        <source>%1 (checked as %2)</source>
        <translation>%1 (%2 기준으로 검토)</translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute cool-off holds the draft while you breathe; Copy reply asks first.</source>
        <translation>
            <numerusform>%n분 동안 숨을 고르는 사이 초안은 보류돼요. 답변 복사를 누르면 한 번 더 물어봐요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n small thing(s) you may want to look at.</source>
        <translation>
            <numerusform>%1 — 살펴보면 좋을 작은 부분이 %n개 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste or type a draft, or use Check clipboard. Each finding says why it matters to the customer and what to do instead, often with a rewrite.</source>
        <translation>초안을 붙여 넣거나 입력하세요. 클립보드 검토를 써도 돼요. 확인할 점마다 고객 입장에서 왜 중요한지, 대신 어떻게 하면 좋을지 알려 드리고, 바꿔 쓸 문장도 자주 함께 보여 드려요.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s) worth a look before sending.</source>
        <translation>
            <numerusform>%1 — 보내기 전에 확인할 점이 %n개 있어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s). Take a minute before you send it.</source>
        <translation>
            <numerusform>%1 — 확인할 점 %n개. 보내기 전에 잠깐 숨을 고르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>You took the cool-off. Rewrite it cool, then Copy reply.</source>
        <translation>숨 고르기를 마쳤어요. 차분하게 다시 쓴 다음 답변 복사를 누르세요.</translation>
    </message>
    <message>
        <source>Sent anyway: counted in today&apos;s numbers.</source>
        <translation>그냥 보냈어요. 오늘 기록에 반영했어요.</translation>
    </message>
    <message>
        <source>This draft is held: Copy reply asks before it sends it anyway</source>
        <translation>보류 중인 초안이에요. 답변 복사를 누르면 그냥 보낼지 먼저 물어봐요</translation>
    </message>
    <message>
        <source>Put the reply, as it is now, on the clipboard</source>
        <translation>지금 답변 그대로 클립보드에 복사해요</translation>
    </message>
    <message>
        <source>The clipboard holds an image, not text: copy the reply&apos;s text.</source>
        <translation>클립보드에 글이 아니라 이미지가 있어요. 답변 글을 복사해 주세요.</translation>
    </message>
    <message>
        <source>There is no text on the clipboard: copy the reply first.</source>
        <translation>클립보드에 글이 없어요. 먼저 답변을 복사해 주세요.</translation>
    </message>
    <message>
        <source>Checked the clipboard.</source>
        <translation>클립보드를 검토했어요.</translation>
    </message>
    <message>
        <source>The draft changed since that check: choose from the new findings.</source>
        <translation>검토한 뒤에 글이 바뀌었어요. 새로 나온 결과에서 다시 골라 주세요.</translation>
    </message>
    <message>
        <source>That rewrite no longer fits here: check again.</source>
        <translation>이 문장은 이제 맞지 않아요. 다시 검토해 주세요.</translation>
    </message>
    <message>
        <source>Applied. Check the sentence still reads well.</source>
        <translation>반영했어요. 문장이 자연스러운지 한번 읽어 보세요.</translation>
    </message>
    <message>
        <source>Ignored here. Turn a whole rule off in Settings.</source>
        <translation>이 초안에서는 넘어갈게요. 규칙을 아예 끄려면 설정에서 바꾸세요.</translation>
    </message>
    <message>
        <source>Copied the reply to the clipboard.</source>
        <translation>답변을 클립보드에 복사했어요.</translation>
    </message>
    <message>
        <source>Your draft is held in the cool-off.</source>
        <translation>초안은 숨 고르기가 끝날 때까지 보류돼요.</translation>
    </message>
    <message>
        <source>Before the cool-off: not known</source>
        <translation>숨 고르기 전: 알 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>Before the cool-off: %1, %n finding(s)</source>
        <translation>
            <numerusform>숨 고르기 전: %1, 확인할 점 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back. Rewrite it cool, then Copy reply.</source>
        <translation>돌아오셨네요. 차분하게 다시 쓴 다음 답변 복사를 누르세요.</translation>
    </message>
    <message>
        <source>Not checked: there are no checking rules for %1 yet.</source>
        <translation>검토하지 않았어요: %1 검토 규칙이 아직 없어요.</translation>
    </message>
    <message>
        <source>Not checked: %1 needs its word analyser, which is not installed. Add it with “pip install %2” in Companion&apos;s environment, or run scripts/start.sh again.</source>
        <translation>검토하지 않았어요: %1 검토에 필요한 형태소 분석기가 설치되어 있지 않아요. Companion 환경에서 “pip install %2”로 설치하거나 scripts/start.sh를 다시 실행해 주세요.</translation>
    </message>
</context>
<context>
    <name>CheckSeverity</name>
    <message>
        <source>hint</source>
        <extracomment>Severity in words on each card, so colour is never the only sign.</extracomment>
        <translation>참고</translation>
    </message>
    <message>
        <source>worth a look</source>
        <translation>확인 권장</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>날 선 표현</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: %2 (see &apos;%1 --help&apos;)</source>
        <comment>a usage error; %2 is argparse&apos;s message</comment>
        <translation>%1: %2 (&apos;%1 --help&apos; 참고)</translation>
    </message>
    <message>
        <source>Companion keeps a support agent&apos;s day in balance: log positive and negative interactions, check draft replies, cool off before a hard reply, keep a happy file, reframe negative feedback and reflect at the end of a shift. Run without a command to open the app. All data stays on this machine.</source>
        <translation>Companion은 상담원의 하루가 한쪽으로 기울지 않게 도와요. 좋은 대화와 힘든 대화를 기록하고, 답변 초안을 검토하고, 날 선 답변 전에 숨을 고르고, 행복 보관함을 채우고, 부정적인 피드백은 관점을 바꿔 보고, 근무가 끝나면 하루를 돌아봐요. 명령 없이 실행하면 앱이 열려요. 모든 데이터는 이 컴퓨터에만 저장돼요.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a check found a hard reply, 2 usage or input error.</source>
        <translation>종료 코드: 0 정상, 1 검토에서 날 선 답변 발견, 2 사용법 또는 입력 오류.</translation>
    </message>
    <message>
        <source>open the window and quit as soon as it is shown (smoke tests, benchmarks)</source>
        <translation>창을 열고 화면에 뜨자마자 종료 (스모크 테스트, 벤치마크용)</translation>
    </message>
    <message>
        <source>start in the tray without showing the window</source>
        <translation>창을 띄우지 않고 트레이에서 시작</translation>
    </message>
    <message>
        <source>unexpected error (%1). Nothing you saved was lost; run again with COMPANION_DEBUG=1 to see the details.</source>
        <translation>예상하지 못한 오류가 났어요 (%1). 저장한 내용은 그대로예요. 자세한 내용은 COMPANION_DEBUG=1을 붙여 다시 실행해 보세요.</translation>
    </message>
    <message>
        <source>%1; nothing was sent to it, so this ran here instead.</source>
        <translation>%1. 실행 중인 앱에 전달하지 않고 여기서 바로 처리했어요.</translation>
    </message>
    <message>
        <source>the running Companion is another version and did nothing, so this ran here instead; quit Companion and start it again.</source>
        <translation>실행 중인 Companion이 다른 버전이라 아무것도 하지 않아서 여기서 바로 처리했어요. Companion을 종료했다가 다시 실행해 주세요.</translation>
    </message>
    <message>
        <source>Companion did not answer and this could not be done here either; Companion may still do it when it wakes, so check with &apos;companion today&apos; before trying again.</source>
        <translation>Companion이 응답하지 않았고 여기서도 처리하지 못했어요. Companion이 다시 응답하면 처리될 수도 있으니, 다시 하기 전에 &apos;companion today&apos;로 먼저 확인해 보세요.</translation>
    </message>
    <message>
        <source>Companion did not answer, so this was done here directly; its window catches up when it wakes.</source>
        <translation>Companion이 응답하지 않아서 여기서 바로 처리했어요. 앱이 다시 응답하면 창에도 반영돼요.</translation>
    </message>
    <message>
        <source>%1; starting Companion, which takes it back.</source>
        <translation>%1. Companion을 시작해서 그쪽에서 이어서 처리해요.</translation>
    </message>
    <message>
        <source>another version of Companion is running; quit it, then start Companion again.</source>
        <translation>다른 버전의 Companion이 실행 중이에요. 종료한 다음 다시 실행해 주세요.</translation>
    </message>
    <message>
        <source>Companion is running but does not answer; its window comes forward when it does.</source>
        <translation>Companion이 실행 중이지만 응답이 없어요. 응답하면 창이 앞으로 나와요.</translation>
    </message>
    <message>
        <source>already running; brought its window forward.</source>
        <translation>이미 실행 중이라 창을 앞으로 가져왔어요.</translation>
    </message>
</context>
<context>
    <name>CliBackup</name>
    <message>
        <source>make a verified backup of your data now</source>
        <translation>지금 데이터를 백업하고 확인</translation>
    </message>
    <message>
        <source>Copy the database into the backups folder beside it, check the copy, and keep the newest %L1. A damaged database is reported and never replaces a good backup. With --list, show the backups instead.</source>
        <translation>데이터베이스를 같은 곳의 백업 폴더에 복사하고, 사본을 확인한 뒤 최근 %L1개만 남겨요. 데이터베이스가 손상됐으면 알려 드리고, 정상 백업을 그걸로 덮어쓰지 않아요. --list를 붙이면 백업하지 않고 목록만 보여 줘요.</translation>
    </message>
    <message>
        <source>list the backups, newest last</source>
        <translation>백업 목록 보기 (가장 최근 백업이 맨 아래)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <source>bring back a backup (the newest good one by default)</source>
        <translation>백업에서 복원 (기본: 가장 최근 정상 백업)</translation>
    </message>
    <message>
        <source>Replace your data with a backup: the newest one that passes its check, or the one named (a file name from &apos;companion backup --list&apos;, or a path). What the database held before is kept in backups/set-aside/. With the app running, it restores and its window shows the restored data at once.</source>
        <translation>지금 데이터를 백업으로 바꿔요. 확인을 통과한 가장 최근 백업을 쓰거나, 지정한 백업(&apos;companion backup --list&apos;에 나오는 파일 이름이나 경로)을 써요. 복원 전 데이터는 backups/set-aside/에 남겨 둬요. 앱이 실행 중이면 앱이 복원하고, 창에 복원한 데이터가 바로 보여요.</translation>
    </message>
    <message>
        <source>the backup to restore (default: newest good)</source>
        <translation>복원할 백업 (기본: 가장 최근 정상 백업)</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>%1에 아직 백업이 없어요.</translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation>백업하고 확인까지 마쳤어요: %1</translation>
    </message>
    <message>
        <source>Restored %1 (written %2 UTC).</source>
        <translation>%1 백업으로 복원했어요 (만든 시각 %2 UTC).</translation>
    </message>
    <message>
        <source>What the database held before is kept in %1.</source>
        <translation>복원 전 데이터는 %1에 남겨 뒀어요.</translation>
    </message>
</context>
<context>
    <name>CliBatch</name>
    <message>
        <source>Give a FILE of JSON lines after --batch, or &apos;-&apos; for standard input.</source>
        <translation>--batch 뒤에 JSON 줄 형식의 FILE을 적거나, 표준 입력이면 &apos;-&apos;를 적어 주세요.</translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>hard reply</source>
        <translation>날 선 답변</translation>
    </message>
    <message>
        <source>needs care</source>
        <translation>다듬기 필요</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>the verdict of a reply with nothing to change</comment>
        <translation>괜찮음</translation>
    </message>
    <message>
        <source>check a draft reply (a file, &apos;-&apos; for standard input, or --clipboard)</source>
        <translation>답변 초안 검토 (파일, 표준 입력은 &apos;-&apos;, 또는 --clipboard)</translation>
    </message>
    <message>
        <source>Check a draft reply for what may hurt it: a flat no, blame, can&apos;t without can, absolutes, policy without the why, jargon, length, shouting, dismissive words, insults, and a missing acknowledgement or next step. Exit 0 for ok or needs care, 1 for a hard reply, 2 for usage or input errors.</source>
        <translation>답변 초안에서 걸릴 만한 부분을 찾아요. 딱 잘라 거절하기, 고객 탓, 안 되는 것만 말하기, 단정적인 표현, 이유 없는 규정 안내, 어려운 용어, 너무 긴 설명, 격한 말투, 무시하는 말투, 모욕적인 말, 그리고 공감 표현이나 다음 안내가 빠진 곳까지 살펴봐요. 종료 코드는 괜찮음·다듬기 필요면 0, 날 선 답변이면 1, 사용법이나 입력 오류면 2예요.</translation>
    </message>
    <message>
        <source>a text file, or &apos;-&apos; for stdin</source>
        <translation>텍스트 파일 (표준 입력은 &apos;-&apos;)</translation>
    </message>
    <message>
        <source>check the text on the clipboard</source>
        <translation>클립보드의 글 검토</translation>
    </message>
    <message>
        <source>check many replies: JSON lines {id, text, lang} from FILE (&apos;-&apos;: standard input), one JSON result per line with its id (not counted in today&apos;s numbers)</source>
        <translation>여러 답변을 한 번에 검토: FILE(&apos;-&apos;는 표준 입력)의 JSON 줄 {id, text, lang}마다 id가 붙은 JSON 결과를 한 줄씩 출력 (오늘 기록에는 안 들어가요)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>결과를 JSON으로 출력</translation>
    </message>
    <message>
        <source>language of the reply: en, ko, ja or el (default: the language it is written in)</source>
        <translation>답변 언어: en, ko, ja, el 중 하나 (기본: 답변을 쓴 언어)</translation>
    </message>
    <message>
        <source>Give a FILE to check, &apos;-&apos; to read standard input, or --clipboard.</source>
        <translation>검토할 FILE을 적거나, 표준 입력을 읽으려면 &apos;-&apos;, 클립보드면 --clipboard를 적어 주세요.</translation>
    </message>
    <message>
        <source>The clipboard holds an image, not text: copy the reply&apos;s text.</source>
        <translation>클립보드에 글이 아니라 이미지가 있어요. 답변 글을 복사해 주세요.</translation>
    </message>
    <message>
        <source>There is no text on the clipboard: copy the reply first.</source>
        <translation>클립보드에 글이 없어요. 먼저 답변을 복사해 주세요.</translation>
    </message>
    <message>
        <source>reply</source>
        <comment>a finding about the whole reply</comment>
        <translation>답변 전체</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>words quoted from the reply</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source> — try: “%1”</source>
        <translation> — 이렇게 써 보세요: “%1”</translation>
    </message>
    <message>
        <source> — try: leave those words out</source>
        <translation> — 이 부분은 빼 보세요</translation>
    </message>
    <message>
        <source>Verdict: %1 (score %2, one finding)</source>
        <translation>검토 결과: %1 (점수 %2, 확인할 점 1개)</translation>
    </message>
    <message>
        <source>Verdict: %1 (score %2, %L3 findings)</source>
        <translation>검토 결과: %1 (점수 %2, 확인할 점 %L3개)</translation>
    </message>
    <message>
        <source>this text is written in %1, but was checked with the %2 rules as asked; leave out --lang to check it in its own language.</source>
        <translation>이 글은 %1(으)로 쓰였지만, 요청하신 대로 %2 규칙으로 검토했어요. 글의 언어로 검토하려면 --lang을 빼 주세요.</translation>
    </message>
    <message>
        <source>Give --batch FILE on its own, without FILE, &apos;-&apos; or --clipboard.</source>
        <translation>--batch FILE은 FILE, &apos;-&apos;, --clipboard 없이 따로 써 주세요.</translation>
    </message>
    <message>
        <source>Give a FILE, &apos;-&apos; or --clipboard, not both.</source>
        <translation>FILE, &apos;-&apos;, --clipboard 중 하나만 적어 주세요.</translation>
    </message>
    <message>
        <source>the check was not counted in today&apos;s numbers (%1).</source>
        <translation>이번 검토는 오늘 기록에 반영하지 못했어요 (%1).</translation>
    </message>
    <message>
        <source>some bytes were not UTF-8; they are shown as �.</source>
        <translation>UTF-8이 아닌 바이트가 있어서 � 기호로 표시했어요.</translation>
    </message>
    <message>
        <source>the text is long; only the first %L1 characters were checked.</source>
        <translation>글이 길어서 앞의 %L1자만 검토했어요.</translation>
    </message>
</context>
<context>
    <name>CliCompletion</name>
    <message>
        <source>print a shell completion script (bash, zsh or fish)</source>
        <translation>셸 자동 완성 스크립트 출력 (bash, zsh, fish)</translation>
    </message>
    <message>
        <source>Print a script that completes companion&apos;s commands, options and choices in your shell. For bash: companion completion bash &gt; ~/.local/share/bash-completion/completions/companion; for zsh: eval &quot;$(companion completion zsh)&quot; in ~/.zshrc; for fish: companion completion fish &gt; ~/.config/fish/completions/companion.fish.</source>
        <translation>셸에서 companion의 명령, 옵션, 선택값을 자동 완성해 주는 스크립트를 출력해요. bash: companion completion bash &gt; ~/.local/share/bash-completion/completions/companion, zsh: ~/.zshrc에 eval &quot;$(companion completion zsh)&quot; 추가, fish: companion completion fish &gt; ~/.config/fish/completions/companion.fish.</translation>
    </message>
    <message>
        <source>the shell to complete in</source>
        <translation>자동 완성을 쓸 셸</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>the output could not be written (%1).</source>
        <translation>출력을 쓰지 못했어요 (%1).</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>There is no standard input to read.</source>
        <translation>읽을 표준 입력이 없어요.</translation>
    </message>
</context>
<context>
    <name>CliDesktop</name>
    <message>
        <source>add Companion to the desktop&apos;s app launcher, or remove it</source>
        <translation>데스크톱 앱 런처에 Companion 추가 또는 제거</translation>
    </message>
    <message>
        <source>Add Companion to the app launcher of a Linux desktop (a freedesktop .desktop file, its icon and AppStream metadata in your data folder, ~/.local/share), or remove it. The launcher&apos;s menu offers Log positive, Log negative and Check clipboard, which the desktop&apos;s keyboard settings can bind to keys. The launcher starts Companion as this command was started.</source>
        <translation>Linux 데스크톱의 앱 런처에 Companion을 추가하거나 제거해요. 데이터 폴더(~/.local/share)에 freedesktop .desktop 파일, 아이콘, AppStream 메타데이터를 넣어요. 런처 메뉴에는 좋은 대화 기록, 힘든 대화 기록, 클립보드 검토가 있고, 데스크톱 키보드 설정에서 각각 단축키를 지정할 수 있어요. 런처는 지금 이 명령을 실행한 방식 그대로 Companion을 실행해요.</translation>
    </message>
    <message>
        <source>add the launcher, icon and metadata (replacing older ones)</source>
        <translation>런처, 아이콘, 메타데이터 추가 (예전 것은 교체)</translation>
    </message>
    <message>
        <source>remove what &apos;desktop install&apos; added</source>
        <translation>&apos;desktop install&apos;로 추가한 것 제거</translation>
    </message>
    <message>
        <source>The app launcher entry is for Linux desktops; on Windows and macOS start Companion from where you installed it (and turn on start at login in Settings).</source>
        <translation>앱 런처 등록은 Linux 데스크톱에서만 돼요. Windows와 macOS에서는 설치한 곳에서 Companion을 실행하세요(설정에서 로그인할 때 자동 시작을 켜 두면 편해요).</translation>
    </message>
    <message>
        <source>Added Companion to the app launcher: %1</source>
        <translation>Companion을 앱 런처에 추가했어요: %1</translation>
    </message>
    <message>
        <source>Its menu has Log positive, Log negative and Check clipboard; bind them to keys in your desktop&apos;s keyboard settings.</source>
        <translation>메뉴에 좋은 대화 기록, 힘든 대화 기록, 클립보드 검토가 있어요. 데스크톱 키보드 설정에서 단축키를 지정해 보세요.</translation>
    </message>
    <message>
        <source>Companion was not in the app launcher; nothing to remove.</source>
        <translation>Companion이 앱 런처에 없어서 제거할 게 없어요.</translation>
    </message>
    <message>
        <source>Removed Companion from the app launcher (1 file).</source>
        <translation>앱 런처에서 Companion을 제거했어요 (파일 1개).</translation>
    </message>
    <message>
        <source>Removed Companion from the app launcher (%L1 files).</source>
        <translation>앱 런처에서 Companion을 제거했어요 (파일 %L1개).</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 파일이 없어요.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1은(는) 파일이 아니라 폴더예요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없어요: %2.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1은(는) UTF-8 텍스트가 아니에요.</translation>
    </message>
    <message>
        <source>%1 is not text (it holds binary data).</source>
        <translation>%1은(는) 텍스트가 아니에요 (바이너리 데이터가 들어 있어요).</translation>
    </message>
    <message>
        <source>%1 is too large: Companion reads at most %2.</source>
        <translation>%1이(가) 너무 커요. Companion은 최대 %2까지 읽어요.</translation>
    </message>
    <message>
        <source>%1 is Companion&apos;s own database, not a text file.</source>
        <translation>%1은(는) 텍스트 파일이 아니라 Companion 데이터베이스예요.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했어요: %2</translation>
    </message>
    <message>
        <source>There is no standard input to read.</source>
        <translation>읽을 표준 입력이 없어요.</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>메모가 너무 길어요 (%1자, 최대 %2자).</translation>
    </message>
    <message>
        <source>The topic is too long (at most %1 characters).</source>
        <translation>주제가 너무 길어요 (최대 %1자).</translation>
    </message>
    <message>
        <source>The quote is too long (at most %1 characters).</source>
        <translation>고객이 남긴 말이 너무 길어요 (최대 %1자).</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>메모가 너무 길어요 (최대 %1자).</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1이(가) 너무 길어요 (%2자, 최대 %3자).</translation>
    </message>
    <message>
        <source>There is nothing to save: the quote is empty and there is no image.</source>
        <translation>저장할 내용이 없어요. 고객이 남긴 말도 이미지도 비어 있어요.</translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore.</source>
        <translation>%1에 복원할 백업이 없어요.</translation>
    </message>
    <message>
        <source>There is no good backup in %1 to restore.</source>
        <translation>%1에 복원할 수 있는 정상 백업이 없어요.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>%1 백업이 없어요.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was changed.</source>
        <translation>%1 백업이 손상됐어요 (%2). 아무것도 바꾸지 않았어요.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>기간의 끝(%1)이 시작(%2)보다 빨라요.</translation>
    </message>
    <message>
        <source>Export at most ten years at a time.</source>
        <translation>한 번에 최대 10년까지 내보낼 수 있어요.</translation>
    </message>
    <message>
        <source>Not checked: there are no checking rules for %1 yet.</source>
        <translation>검토하지 않았어요: %1 검토 규칙이 아직 없어요.</translation>
    </message>
    <message>
        <source>Not checked: %1 needs its word analyser, which is not installed. Add it with “pip install %2” in Companion&apos;s environment, or run scripts/start.sh again.</source>
        <translation>검토하지 않았어요: %1 검토에 필요한 형태소 분석기가 설치되어 있지 않아요. Companion 환경에서 “pip install %2”로 설치하거나 scripts/start.sh를 다시 실행해 주세요.</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>export your data (happy file, reflections, …) to a file</source>
        <translation>데이터(행복 보관함, 하루 돌아보기 등)를 파일로 내보내기</translation>
    </message>
    <message>
        <source>Export one subject to Markdown, HTML, JSON or CSV. Prints to standard output unless -o FILE is given.</source>
        <translation>한 번에 한 가지를 Markdown, HTML, JSON, CSV로 내보내요. -o FILE을 주지 않으면 표준 출력으로 내보내요.</translation>
    </message>
    <message>
        <source>import a file exported before (happy file, …)</source>
        <translation>전에 내보낸 파일 가져오기 (행복 보관함 등)</translation>
    </message>
    <message>
        <source>Import a JSON export back. Entries you already have are skipped, so importing the same file twice changes nothing.</source>
        <translation>JSON으로 내보낸 파일을 다시 가져와요. 이미 있는 항목은 건너뛰니까 같은 파일을 두 번 가져와도 달라지는 건 없어요.</translation>
    </message>
    <message>
        <source>Give a file name after -o, or &apos;-&apos; for standard output.</source>
        <translation>-o 뒤에 파일 이름을 적거나, 표준 출력이면 &apos;-&apos;를 적어 주세요.</translation>
    </message>
    <message>
        <source>Give the file to import, or &apos;-&apos; for standard input.</source>
        <translation>가져올 파일을 적거나, 표준 입력이면 &apos;-&apos;를 적어 주세요.</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>표준 출력 대신 FILE에 쓰기</translation>
    </message>
</context>
<context>
    <name>CliHappy</name>
    <message>
        <source>1 e-mail</source>
        <translation>이메일 1개</translation>
    </message>
    <message>
        <source>%L1 e-mails</source>
        <translation>이메일 %L1개</translation>
    </message>
    <message>
        <source>1 phone number</source>
        <translation>전화번호 1개</translation>
    </message>
    <message>
        <source>%L1 phone numbers</source>
        <translation>전화번호 %L1개</translation>
    </message>
    <message>
        <source>1 card number</source>
        <translation>카드 번호 1개</translation>
    </message>
    <message>
        <source>%L1 card numbers</source>
        <translation>카드 번호 %L1개</translation>
    </message>
    <message>
        <source>1 order number</source>
        <translation>주문 번호 1개</translation>
    </message>
    <message>
        <source>%L1 order numbers</source>
        <translation>주문 번호 %L1개</translation>
    </message>
    <message>
        <source>keep customer messages that made your day, and find them again</source>
        <translation>기분 좋았던 고객 메시지를 담아 두고 다시 찾아보기</translation>
    </message>
    <message>
        <source>Your happy file (P1.2): lovely customer messages, kept to read on a bad day.</source>
        <translation>행복 보관함(P1.2): 힘든 날 꺼내 읽을 따뜻한 고객 메시지를 모아 둬요.</translation>
    </message>
    <message>
        <source>save a quote (text, &apos;-&apos; for standard input, or --clipboard)</source>
        <translation>고객이 남긴 말 담기 (글, 표준 입력은 &apos;-&apos;, 또는 --clipboard)</translation>
    </message>
    <message>
        <source>Save a customer quote. E-mail addresses, phone numbers, card numbers and order/account numbers are hidden before saving unless you pass --no-redact.</source>
        <translation>고객이 남긴 말을 행복 보관함에 담아요. --no-redact를 붙이지 않으면 이메일 주소, 전화번호, 카드 번호, 주문·계정 번호를 가린 뒤에 저장해요.</translation>
    </message>
    <message>
        <source>the quote, or &apos;-&apos; to read standard input</source>
        <translation>고객이 남긴 말 (표준 입력을 읽으려면 &apos;-&apos;)</translation>
    </message>
    <message>
        <source>use the clipboard</source>
        <translation>클립보드에서 가져오기</translation>
    </message>
    <message>
        <source>why it made your day</source>
        <translation>기분 좋았던 이유</translation>
    </message>
    <message>
        <source>a tag (repeat for more than one)</source>
        <translation>태그 (여러 개면 옵션을 반복)</translation>
    </message>
    <message>
        <source>star it as a favourite</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <source>keep the text exactly as it is for this entry</source>
        <translation>이번 항목은 개인정보를 가리지 않고 그대로 저장</translation>
    </message>
    <message>
        <source>search quotes, notes and tags</source>
        <translation>메시지, 메모, 태그 검색</translation>
    </message>
    <message>
        <source>Search your happy file. The query is plain words; every word must match.</source>
        <translation>행복 보관함을 검색해요. 검색어는 그냥 단어로 적으면 되고, 모든 단어가 들어 있는 항목만 나와요.</translation>
    </message>
    <message>
        <source>words to look for (prefixes match)</source>
        <translation>찾을 단어 (앞부분만 맞아도 찾아요)</translation>
    </message>
    <message>
        <source>only entries with this tag</source>
        <translation>이 태그가 붙은 항목만</translation>
    </message>
    <message>
        <source>only starred entries</source>
        <translation>즐겨찾기한 항목만</translation>
    </message>
    <message>
        <source>at most this many (default 50)</source>
        <translation>최대 개수 (기본 50)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <source>lift me up: one entry at random, starred ones more often</source>
        <translation>힘 나는 한마디: 무작위로 하나 (즐겨찾기는 더 자주)</translation>
    </message>
    <message>
        <source>the happy file as Markdown, HTML (for a kudos post) or JSON</source>
        <translation>행복 보관함을 Markdown, HTML(칭찬 게시용), JSON으로 내보내기</translation>
    </message>
    <message>
        <source>Export the happy file. HTML is one self-contained page (images included) to share in a team kudos post; JSON keeps everything, your own phrases included, and can be imported back.</source>
        <translation>행복 보관함을 내보내요. HTML은 이미지까지 담긴 페이지 하나라서 팀 칭찬 게시글에 바로 올릴 수 있어요. JSON은 내 표현까지 전부 담겨서 나중에 다시 가져올 수 있어요.</translation>
    </message>
    <message>
        <source>only entries matching these words</source>
        <translation>이 단어가 들어간 항목만</translation>
    </message>
    <message>
        <source>a happy file JSON export</source>
        <translation>행복 보관함을 JSON 파일에서 가져오기</translation>
    </message>
    <message>
        <source>Import a happy file JSON export; entries you already have are skipped.</source>
        <translation>JSON으로 내보낸 행복 보관함을 가져와요. 이미 있는 항목은 건너뛰어요.</translation>
    </message>
    <message>
        <source>the JSON file (&apos;-&apos; for standard input)</source>
        <translation>JSON 파일 (표준 입력은 &apos;-&apos;)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>정수가 아니에요: %1</translation>
    </message>
    <message>
        <source>must be 1 or more, not %1</source>
        <translation>1 이상이어야 해요 (입력한 값: %1)</translation>
    </message>
    <message>
        <source>(screenshot)</source>
        <translation>(스크린샷)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of data hidden</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Give the quote as text, &apos;-&apos; to read standard input, or --clipboard.</source>
        <translation>고객이 남긴 말을 직접 적거나, 표준 입력을 읽으려면 &apos;-&apos;, 클립보드면 --clipboard를 적어 주세요.</translation>
    </message>
    <message>
        <source>That is not text (it holds binary data); nothing was saved.</source>
        <translation>텍스트가 아니에요(바이너리 데이터가 들어 있어요). 저장하지 않았어요.</translation>
    </message>
    <message>
        <source>There is nothing to save: the quote is empty.</source>
        <translation>저장할 내용이 없어요. 고객이 남긴 말이 비어 있어요.</translation>
    </message>
    <message>
        <source>Saved to your happy file (#%1).</source>
        <translation>행복 보관함에 담았어요 (#%1).</translation>
    </message>
    <message>
        <source> Hidden: %1.</source>
        <translation> 가린 정보: %1.</translation>
    </message>
    <message>
        <source> The text was long, so only the first %L1 characters were kept.</source>
        <translation> 글이 길어서 앞의 %L1자만 담았어요.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>찾은 항목이 없어요.</translation>
    </message>
    <message>
        <source>Your happy file is empty.</source>
        <translation>행복 보관함이 비어 있어요.</translation>
    </message>
    <message>
        <source>Your happy file is empty. Save a kind message with &apos;companion happy add&apos;.</source>
        <translation>행복 보관함이 비어 있어요. &apos;companion happy add&apos;로 따뜻한 메시지를 담아 보세요.</translation>
    </message>
    <message>
        <source>(a screenshot; open Companion to see it)</source>
        <translation>(스크린샷이에요. Companion을 열어서 보세요)</translation>
    </message>
    <message>
        <source>  — why it made my day: %1</source>
        <translation>  — 기분 좋았던 이유: %1</translation>
    </message>
    <message>
        <source>Exported 1 entry to %2.</source>
        <translation>항목 1개를 %2 파일로 내보냈어요.</translation>
    </message>
    <message>
        <source>Exported %L1 entries to %2.</source>
        <translation>항목 %L1개를 %2 파일로 내보냈어요.</translation>
    </message>
    <message>
        <source>Imported 1 new entry, %L2 already there.</source>
        <translation>새 항목 1개를 가져왔어요. %L2개는 이미 있어요.</translation>
    </message>
    <message>
        <source>Imported %L1 new entries, %L2 already there.</source>
        <translation>새 항목 %L1개를 가져왔어요. %L2개는 이미 있어요.</translation>
    </message>
    <message>
        <source> Phrases: %L1 new, %L2 already there.</source>
        <translation> 내 표현: 새로 %L1개, 이미 있던 %L2개.</translation>
    </message>
</context>
<context>
    <name>CliPhrases</name>
    <message>
        <source>search the phrasebook and your own rehearsed answers</source>
        <translation>표현 모음과 미리 준비한 답변 검색</translation>
    </message>
    <message>
        <source>Phrases for support replies by category (P4, P3.3, P3.6, P5.1, P5.4) and your own entries. The query is plain words.</source>
        <translation>고객 응대 답변에 쓸 분류별 표현(P4, P3.3, P3.6, P5.1, P5.4)과 내가 넣은 표현이에요. 검색어는 그냥 단어로 적으면 돼요.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>찾을 단어</translation>
    </message>
    <message>
        <source>only this category</source>
        <translation>이 분류만</translation>
    </message>
    <message>
        <source>the phrasebook of this language (default: the interface&apos;s)</source>
        <translation>이 언어의 표현 모음 (기본: 화면 언어)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <source>No phrases match.</source>
        <translation>맞는 표현이 없어요.</translation>
    </message>
    <message>
        <source>When they say: %1</source>
        <translation>고객이 이렇게 말하면: %1</translation>
    </message>
</context>
<context>
    <name>CliRatio</name>
    <message>
        <source>above target</source>
        <translation>목표 초과</translation>
    </message>
    <message>
        <source>at target</source>
        <translation>목표 달성</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>목표 미달</translation>
    </message>
    <message>
        <source>log an interaction as positive (+) or negative (-)</source>
        <translation>대화를 좋은 대화(+) 또는 힘든 대화(-)로 기록</translation>
    </message>
    <message>
        <source>Log one interaction. With the app running, its window and tray update at once.</source>
        <translation>대화 하나를 기록해요. 앱이 실행 중이면 창과 트레이에 바로 반영돼요.</translation>
    </message>
    <message>
        <source>+ for positive, - for negative</source>
        <translation>좋은 대화는 +, 힘든 대화는 -</translation>
    </message>
    <message>
        <source>what it was about, e.g. &quot;billing&quot; (optional)</source>
        <translation>무엇에 관한 대화였는지, 예: &quot;결제&quot; (선택)</translation>
    </message>
    <message>
        <source>a one-line note (optional)</source>
        <translation>한 줄 메모 (선택)</translation>
    </message>
    <message>
        <source>undo today&apos;s last log</source>
        <translation>오늘 마지막 기록 되돌리기</translation>
    </message>
    <message>
        <source>today&apos;s counts and ratio against the target</source>
        <translation>오늘의 대화 수와 목표 대비 비율</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <source>no logs yet (target %1)</source>
        <translation>아직 기록 없음 (목표 %1)</translation>
    </message>
    <message>
        <source>+%1 / -%2  ratio %3  target %4  %5</source>
        <translation>+%1 / -%2  비율 %3  목표 %4  %5</translation>
    </message>
    <message>
        <source> (1 more positive to reach it)</source>
        <translation> (좋은 대화 1건만 더 있으면 달성)</translation>
    </message>
    <message>
        <source> (%L1 more positives to reach it)</source>
        <translation> (좋은 대화 %L1건만 더 있으면 달성)</translation>
    </message>
    <message>
        <source>Logged positive. Today: %1</source>
        <translation>좋은 대화를 기록했어요. 오늘: %1</translation>
    </message>
    <message>
        <source>Logged negative. Today: %1</source>
        <translation>힘든 대화를 기록했어요. 오늘: %1</translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation>오늘은 되돌릴 기록이 없어요.</translation>
    </message>
    <message>
        <source>Removed the last positive log. Today: %1</source>
        <translation>마지막 좋은 대화 기록을 지웠어요. 오늘: %1</translation>
    </message>
    <message>
        <source>Removed the last negative log. Today: %1</source>
        <translation>마지막 힘든 대화 기록을 지웠어요. 오늘: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>the day, then how it stands</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CliReflect</name>
    <message>
        <source>the end-of-shift reflection: show a day or write today&apos;s</source>
        <translation>근무를 마치며 하루 돌아보기: 지난 하루 보기 또는 오늘 돌아보기 쓰기</translation>
    </message>
    <message>
        <source>One reflection per day (P1.6), beside the day&apos;s numbers.</source>
        <translation>하루 돌아보기는 하루에 하나씩, 그날의 숫자와 함께 남겨요(P1.6).</translation>
    </message>
    <message>
        <source>a day&apos;s numbers and reflection (today by default)</source>
        <translation>그날의 숫자와 하루 돌아보기 (기본: 오늘)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD (기본: 오늘)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <source>write today&apos;s reflection (again: updates it)</source>
        <translation>오늘 돌아보기 쓰기 (다시 쓰면 수정)</translation>
    </message>
    <message>
        <source>Write today&apos;s reflection. Saving again the same day updates the entry; answers you leave out keep what was saved before.</source>
        <translation>오늘 돌아보기를 써요. 같은 날 다시 저장하면 내용을 고치고, 이번에 적지 않은 답은 전에 저장한 내용이 그대로 남아요.</translation>
    </message>
    <message>
        <source>1 (low) to 5 (high)</source>
        <translation>1(낮음)부터 5(높음)까지</translation>
    </message>
    <message>
        <source>what went well</source>
        <translation>잘된 일</translation>
    </message>
    <message>
        <source>the hardest moment</source>
        <translation>가장 힘들었던 순간</translation>
    </message>
    <message>
        <source>one thing to improve</source>
        <translation>더 잘하고 싶은 한 가지</translation>
    </message>
    <message>
        <source>a free note</source>
        <translation>자유 메모</translation>
    </message>
    <message>
        <source>reflections with the day&apos;s numbers, as Markdown or CSV</source>
        <translation>하루 돌아보기를 그날의 숫자와 함께 Markdown이나 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Export reflections and each day&apos;s numbers. Days with a reflection or any log in the range are included. Unknown numbers are &apos;—&apos; in Markdown and empty in CSV.</source>
        <translation>하루 돌아보기를 그날의 숫자와 함께 내보내요. 기간 안에서 돌아보기나 기록이 하나라도 있는 날이 들어가요. 모르는 숫자는 Markdown에서는 &apos;—&apos;, CSV에서는 빈칸이에요.</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>시작일, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>종료일 (기본: 오늘)</translation>
    </message>
    <message>
        <source>start the CSV with a byte order mark, so Excel reads it as UTF-8</source>
        <translation>CSV 맨 앞에 BOM을 넣어 Excel에서 UTF-8로 읽히게 하기</translation>
    </message>
    <message>
        <source>%1 is not a day; write it as YYYY-MM-DD.</source>
        <translation>날짜가 아니에요: %1. YYYY-MM-DD 형식으로 적어 주세요.</translation>
    </message>
    <message>
        <source>%1 is outside the years %2–%3.</source>
        <translation>%2년부터 %3년까지만 쓸 수 있어요: %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <comment>a label and its value</comment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>No reflection for this day yet.</source>
        <translation>이날은 아직 하루 돌아보기가 없어요.</translation>
    </message>
    <message>
        <source>  Mood: %1   Energy: %2</source>
        <translation>  기분: %1   기운: %2</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>잘된 일</translation>
    </message>
    <message>
        <source>Hardest moment</source>
        <translation>가장 힘들었던 순간</translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation>더 잘하고 싶은 한 가지</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a heading before the text</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>no logs (target %1)</source>
        <translation>기록 없음 (목표 %1)</translation>
    </message>
    <message>
        <source>%1 (target %2, %3)</source>
        <translation>%1 (목표 %2, %3)</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>좋은 대화</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>힘든 대화</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Replies checked</source>
        <translation>검토한 답변</translation>
    </message>
    <message>
        <source>Cool-offs taken</source>
        <translation>숨 고르기</translation>
    </message>
    <message>
        <source>Cool-offs skipped</source>
        <translation>건너뛴 숨 고르기</translation>
    </message>
    <message>
        <source>Happy-file entries added</source>
        <translation>행복 보관함에 담은 메시지</translation>
    </message>
    <message>
        <source>Updated the reflection for %1.</source>
        <translation>%1 하루 돌아보기를 고쳤어요.</translation>
    </message>
    <message>
        <source>Saved the reflection for %1.</source>
        <translation>%1 하루 돌아보기를 저장했어요.</translation>
    </message>
    <message>
        <source>--bom is for --format csv (Excel needs it; Markdown does not).</source>
        <translation>--bom은 --format csv에만 써요 (Excel에는 필요하지만 Markdown에는 필요 없어요).</translation>
    </message>
    <message>
        <source>Exported 1 day to %2.</source>
        <translation>하루치를 %2 파일로 내보냈어요.</translation>
    </message>
    <message>
        <source>Exported %L1 days to %2.</source>
        <translation>%L1일치를 %2 파일로 내보냈어요.</translation>
    </message>
</context>
<context>
    <name>CliReframe</name>
    <message>
        <source>Permanent → is this temporary?</source>
        <translation>영구적 → 이번 한 번뿐인 일 아닐까요?</translation>
    </message>
    <message>
        <source>Pervasive → is it about one specific thing?</source>
        <translation>전반적 → 딱 이 일에 대한 건 아닐까요?</translation>
    </message>
    <message>
        <source>Personal → is it really about you?</source>
        <translation>내 탓 → 정말 내 탓일까요?</translation>
    </message>
    <message>
        <source>find permanent, pervasive and personal wording in a thought</source>
        <translation>생각 속 영구적·전반적·내 탓 표현 찾기</translation>
    </message>
    <message>
        <source>The reframe guide&apos;s word check (P1.5). The guide itself is in the app.</source>
        <translation>관점 바꾸기 가이드가 표현을 찾아 주는 부분이에요(P1.5). 가이드 자체는 앱에 있어요.</translation>
    </message>
    <message>
        <source>mark permanent, pervasive and personal words and suggest reframes</source>
        <translation>영구적·전반적·내 탓 표현을 표시하고 바꿔 볼 문장 제안</translation>
    </message>
    <message>
        <source>Mark the words that make a thought permanent (always, never), pervasive (everyone, nothing) or personal (I&apos;m useless, my fault), and suggest a reframe for each. Quoted text (lines starting with &gt; or words in quotation marks) is skipped.</source>
        <translation>생각을 영구적으로(항상, 절대), 전반적으로(다들, 아무것도), 또는 내 탓으로(난 쓸모없어, 다 내 잘못이야) 만드는 말을 표시하고, 하나하나 관점을 바꾼 문장을 제안해요. 인용한 부분(&gt;로 시작하는 줄이나 따옴표 안의 말)은 건너뛰어요.</translation>
    </message>
    <message>
        <source>the thought; &apos;-&apos; or nothing reads standard input</source>
        <translation>생각 (비워 두거나 &apos;-&apos;면 표준 입력에서 읽어요)</translation>
    </message>
    <message>
        <source>many thoughts: JSON lines {id, text} from FILE (&apos;-&apos;: standard input), one JSON result per line with its id</source>
        <translation>여러 생각을 한 번에: FILE(&apos;-&apos;는 표준 입력)의 JSON 줄 {id, text}마다 id가 붙은 JSON 결과를 한 줄씩 출력</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <source>language of the thought: en, ko, ja or el (default: the language it is written in)</source>
        <translation>생각의 언어: en, ko, ja, el 중 하나 (기본: 생각을 적은 언어)</translation>
    </message>
    <message>
        <source>Nothing to read: the thought is empty.</source>
        <translation>살펴볼 생각이 비어 있어요.</translation>
    </message>
    <message>
        <source>Not read: the reframe guide has no word lists for %1 yet.</source>
        <translation>관점 바꾸기 가이드에 아직 %1 단어 목록이 없어서 살펴보지 못했어요.</translation>
    </message>
    <message>
        <source>Give --batch FILE on its own, without a thought.</source>
        <translation>--batch FILE은 생각 없이 따로 써 주세요.</translation>
    </message>
    <message>
        <source>No permanent, pervasive or personal wording found.</source>
        <translation>영구적이거나, 전반적이거나, 내 탓으로 만드는 말은 없어요.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>words quoted from the thought</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>  Try: %1</source>
        <translation>  이렇게 바꿔 보세요: %1</translation>
    </message>
</context>
<context>
    <name>ClipboardWatcher</name>
    <message>
        <source>Copied reply: %1</source>
        <extracomment>Clipboard watching only looks at the start of very long texts. A copy settles this long before it is read (some programs set the clipboard several times).</extracomment>
        <translation>복사한 답변: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Use Check clipboard to see them.</source>
        <translation>
            <numerusform>확인할 점이 %n개 있어요. 클립보드 검토로 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here should hurt the reply.</source>
        <translation>답변에 걸리는 부분이 없어요.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>로그인할 때 자동 시작 설정을 바꾸지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>CoolOffKeeper</name>
    <message>
        <source>The cool-off is not over. Copy the draft now and send it as it is? This is recorded in today&apos;s numbers.</source>
        <translation>아직 숨 고르기가 끝나지 않았어요. 지금 초안을 복사해서 그대로 보낼까요? 오늘 기록에 남아요.</translation>
    </message>
    <message>
        <source>This reply may land hard. Copy it now, without a cool-off, and send it as it is? This is recorded in today&apos;s numbers.</source>
        <translation>이 답변은 고객에게 날카롭게 들릴 수 있어요. 숨 고르기 없이 지금 복사해서 그대로 보낼까요? 오늘 기록에 남아요.</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>그냥 보낼까요?</translation>
    </message>
</context>
<context>
    <name>CoolOffScreen</name>
    <message>
        <source>Cool-off</source>
        <translation>숨 고르기</translation>
    </message>
    <message>
        <source>Take a minute</source>
        <translation>잠깐 숨 고르기</translation>
    </message>
    <message>
        <source>When a customer is upset with you, give yourself a few minutes before you answer. Step back, breathe with the circle, and say to yourself what you think of the situation. What you write afterwards is kinder and clearer.</source>
        <translation>고객이 화를 내면 답하기 전에 몇 분만 시간을 가지세요. 잠시 물러나 원에 맞춰 숨을 쉬고, 지금 상황을 어떻게 보는지 스스로에게 말해 보세요. 그러고 나서 쓴 답변이 훨씬 부드럽고 분명해요.</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>호흡 단계</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Your draft waits here until the time is up:</source>
        <translation>시간이 다 될 때까지 초안은 여기서 기다려요:</translation>
    </message>
    <message>
        <source>Held draft</source>
        <translation>보류 중인 초안</translation>
    </message>
    <message>
        <source>The timer carried on while Companion was closed. Drafts are never written to disk, so paste yours into Check when the time is up.</source>
        <translation>Companion이 꺼져 있는 동안에도 타이머는 계속 돌아갔어요. 초안은 디스크에 저장하지 않으니, 시간이 다 되면 검토 화면에 다시 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>그냥 보내기…</translation>
    </message>
    <message>
        <source>Copy the held draft now (asks first; it is recorded)</source>
        <translation>보류 중인 초안을 지금 복사해요 (먼저 묻고, 기록에 남아요)</translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <translation>이제 괜찮아요</translation>
    </message>
    <message>
        <source>End the cool-off early</source>
        <translation>숨 고르기를 일찍 끝내요</translation>
    </message>
    <message>
        <source>Rewrite it now</source>
        <translation>지금 다시 쓰기</translation>
    </message>
    <message>
        <source>Another cool-off</source>
        <translation>한 번 더 숨 고르기</translation>
    </message>
    <message numerus="yes">
        <source>Start a %n-minute cool-off</source>
        <translation>
            <numerusform>%n분 숨 고르기 시작</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 남음</translation>
    </message>
    <message>
        <source>Time&apos;s up. Well done for taking the minute.</source>
        <translation>시간이 다 됐어요. 잠깐 쉬어 가길 잘했어요.</translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation>들이쉬고…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>잠깐 멈추고…</translation>
    </message>
    <message>
        <source>Breathe out…</source>
        <translation>내쉬고…</translation>
    </message>
    <message>
        <source>Rewrite it now opens your draft in Check, beside the first findings.</source>
        <translation>지금 다시 쓰기를 누르면 검토 화면에서 처음 확인할 점 옆에 초안이 열려요.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>The day&apos;s logs</source>
        <translation>이날의 기록</translation>
    </message>
    <message>
        <source>No reflection written this day.</source>
        <translation>이날은 하루 돌아보기를 쓰지 않았어요.</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>날짜: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>(the first %1 logs are listed)</source>
        <translation>(처음 %1건만 보여요)</translation>
    </message>
    <message>
        <source>No logs this day (target %1).</source>
        <translation>이날은 기록이 없어요 (목표 %1).</translation>
    </message>
    <message>
        <source>%1 positive, no negative: %2, no ratio to compare (target %3).</source>
        <translation>좋은 대화 %1, 힘든 대화 없음 (%2). 힘든 대화가 없어서 목표(%3)와 견줄 비율은 없어요.</translation>
    </message>
    <message>
        <source>%1 positive, %2 negative: %3, %4 (target %5).</source>
        <translation>좋은 대화 %1, 힘든 대화 %2, 비율 %3 — %4 (목표 %5).</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>5점 중 %1점</translation>
    </message>
    <message>
        <source>Mood %1 · Energy %2</source>
        <translation>기분 %1 · 기운 %2</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>잘된 일</translation>
    </message>
    <message>
        <source>Hardest moment</source>
        <translation>가장 힘들었던 순간</translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation>더 잘하고 싶은 한 가지</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>+ positive</source>
        <translation>+ 좋은 대화</translation>
    </message>
    <message>
        <source>− negative</source>
        <translation>− 힘든 대화</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Past days; days with a reflection are bold</source>
        <translation>지난 날들 (돌아보기를 쓴 날은 굵게 표시)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>오늘(&amp;O)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>기분</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>기운</translation>
    </message>
    <message>
        <source>A thank-you, a fix that worked, a good call…</source>
        <translation>고맙다는 한마디, 통한 해결책, 기분 좋은 통화…</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>잘된 일</translation>
    </message>
    <message>
        <source>Send to happy file</source>
        <translation>행복 보관함에 담기</translation>
    </message>
    <message>
        <source>Keep what went well in your happy file</source>
        <translation>잘된 일을 행복 보관함에 담아 둬요</translation>
    </message>
    <message>
        <source>The moment that stung most</source>
        <translation>가장 마음 쓰였던 순간</translation>
    </message>
    <message>
        <source>The hardest moment</source>
        <translation>가장 힘들었던 순간</translation>
    </message>
    <message>
        <source>Reframe this…</source>
        <translation>관점 바꿔 보기…</translation>
    </message>
    <message>
        <source>Open the reframe guide with the hardest moment</source>
        <translation>가장 힘들었던 순간으로 관점 바꾸기 가이드를 열어요</translation>
    </message>
    <message>
        <source>One specific thing, e.g. check tracking before promising a date</source>
        <translation>구체적으로 한 가지, 예: 날짜를 약속하기 전에 배송 조회부터 확인하기</translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation>더 잘하고 싶은 한 가지</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>그 밖에 남기고 싶은 말</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&amp;Save reflection</source>
        <translation>돌아보기 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>기분(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>기운(&amp;E):</translation>
    </message>
    <message>
        <source>Wh&amp;at went well:</source>
        <translation>잘된 일(&amp;A):</translation>
    </message>
    <message>
        <source>The ha&amp;rdest moment:</source>
        <translation>가장 힘들었던 순간(&amp;R):</translation>
    </message>
    <message>
        <source>One thing to &amp;improve:</source>
        <translation>더 잘하고 싶은 한 가지(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>오늘, %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1에 저장했어요.</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>%1에 수정했어요.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>%1에 저장했어요.</translation>
    </message>
    <message>
        <source>From my reflection on %1</source>
        <translation>%1 하루 돌아보기에서</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>아직 쓰지 않았어요.</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile; saving keeps what you see here.</source>
        <translation>그사이 다른 곳에서 바뀌었어요. 저장하면 지금 보이는 내용으로 남아요.</translation>
    </message>
    <message>
        <source>Write what went well first.</source>
        <translation>잘된 일을 먼저 적어 주세요.</translation>
    </message>
    <message>
        <source>Already in your happy file.</source>
        <translation>이미 행복 보관함에 있어요.</translation>
    </message>
    <message>
        <source>Sent to your happy file.</source>
        <translation>행복 보관함에 담았어요.</translation>
    </message>
</context>
<context>
    <name>DaySummaryBox</name>
    <message>
        <source>The day&apos;s numbers</source>
        <translation>이날의 숫자</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>좋은 대화</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>힘든 대화</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Replies checked</source>
        <translation>검토한 답변</translation>
    </message>
    <message>
        <source>Cool-offs taken</source>
        <translation>숨 고르기</translation>
    </message>
    <message>
        <source>Cool-offs skipped</source>
        <translation>건너뛴 숨 고르기</translation>
    </message>
    <message>
        <source>Happy-file entries added</source>
        <translation>행복 보관함에 담은 메시지</translation>
    </message>
    <message>
        <source>no logs (target %1)</source>
        <translation>기록 없음 (목표 %1)</translation>
    </message>
    <message>
        <source>%1 (target %2, %3)</source>
        <translation>%1 (목표 %2, %3)</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>App launcher:</source>
        <translation>앱 런처:</translation>
    </message>
    <message>
        <source>The app launcher entry is for Linux desktops.</source>
        <translation>앱 런처 등록은 Linux 데스크톱에서만 돼요.</translation>
    </message>
    <message>
        <source>&amp;Add to launcher</source>
        <translation>런처에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Companion is in the app launcher, with Log positive, Log negative and Check clipboard in its menu (bind them to keys in your desktop&apos;s keyboard settings).</source>
        <translation>Companion이 앱 런처에 있어요. 메뉴에 좋은 대화 기록, 힘든 대화 기록, 클립보드 검토가 있으니 데스크톱 키보드 설정에서 단축키를 지정해 보세요.</translation>
    </message>
    <message>
        <source>Companion is not in the app launcher.</source>
        <translation>Companion이 앱 런처에 없어요.</translation>
    </message>
    <message>
        <source>&amp;Remove from launcher</source>
        <translation>런처에서 제거(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DimensionPrompt</name>
    <message>
        <source>Use suggestion</source>
        <translation>제안 사용</translation>
    </message>
    <message>
        <source>Use suggestion: %1</source>
        <translation>제안 사용: %1</translation>
    </message>
    <message>
        <source>Your words…</source>
        <translation>내 생각을 적어 보세요…</translation>
    </message>
    <message>
        <source>Nothing of this kind in your words. You can still answer it.</source>
        <translation>이런 표현은 보이지 않아요. 그래도 답해 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>제안: %1</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit happy file entry</source>
        <translation>행복 보관함 항목 수정</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>고객이 남긴 말</translation>
    </message>
    <message>
        <source>Why it made my day</source>
        <translation>기분 좋았던 이유</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>스크린샷</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>First day</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (.csv)</source>
        <translation>스프레드시트용 CSV (.csv)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>For &amp;Excel (UTF-8 with a byte order mark)</source>
        <translation>Excel용(&amp;E) (BOM 포함 UTF-8)</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>끝(&amp;O):</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>형식(&amp;R):</translation>
    </message>
    <message>
        <source>Export your reflections with each day&apos;s numbers. Days with a reflection or any log are included; unknown numbers are “—” in Markdown and empty in CSV.</source>
        <translation>하루 돌아보기를 그날의 숫자와 함께 내보내요. 돌아보기나 기록이 하나라도 있는 날이 들어가고, 모르는 숫자는 Markdown에서는 “—”, CSV에서는 빈칸이에요.</translation>
    </message>
    <message>
        <source>Export reflections</source>
        <translation>하루 돌아보기 내보내기</translation>
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
        <translation>종료일이 시작일보다 빨라요.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to %1.</source>
        <translation>
            <numerusform>%n일치를 %1 파일로 내보냈어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했어요: %2</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Try: %1</source>
        <extracomment>The quoted words on a card are cut here; the whole span is highlighted in the draft.</extracomment>
        <translation>이렇게 써 보세요: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>이렇게 해 보세요: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1, %2: %3.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
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
        <translation>확인할 점을 고르면 어떻게 고치면 좋을지, 어울리는 문장은 뭔지 보여 드려요.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>이렇게 해 보세요</translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation>바꿔 쓸 문장</translation>
    </message>
    <message>
        <source>Rewrites that fit here: Apply puts one in</source>
        <translation>여기 어울리는 문장이에요. 반영을 누르면 바로 들어가요</translation>
    </message>
    <message>
        <source>&amp;Apply rewrite</source>
        <translation>반영(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Ignore here</source>
        <translation>여기선 넘어가기(&amp;I)</translation>
    </message>
    <message>
        <source>Stop flagging this one match in this draft</source>
        <translation>이 초안에서 이 부분은 더 표시하지 않아요</translation>
    </message>
    <message>
        <source>Phrases →</source>
        <translation>표현 모음 →</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>선택한 확인할 점</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>이렇게 해 보세요: %1</translation>
    </message>
    <message>
        <source>(remove these words)</source>
        <translation>(이 부분 빼기)</translation>
    </message>
    <message>
        <source>Phrases that help here: %1</source>
        <translation>여기서 쓸 만한 표현: %1</translation>
    </message>
    <message>
        <source>Where this comes from (practice %1)</source>
        <translation>근거가 된 원칙 (%1)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>The whole reply</source>
        <translation>답변 전체</translation>
    </message>
    <message>
        <source>leave those words out</source>
        <translation>이 부분은 빼기</translation>
    </message>
</context>
<context>
    <name>HappyActions</name>
    <message>
        <source>Save to happy file</source>
        <translation>행복 보관함에 담기</translation>
    </message>
    <message>
        <source>Save the copied customer message to your happy file</source>
        <translation>복사한 고객 메시지를 행복 보관함에 담아요</translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation>힘 나는 한마디</translation>
    </message>
    <message>
        <source>Saved to your happy file.</source>
        <translation>행복 보관함에 담았어요.</translation>
    </message>
    <message>
        <source>Today has been tough so far. A kind word from your happy file might help.</source>
        <translation>오늘 좀 힘들었죠. 행복 보관함의 따뜻한 한마디가 힘이 될 거예요.</translation>
    </message>
</context>
<context>
    <name>HappyFilePage</name>
    <message>
        <source>DE, FR, GB</source>
        <comment>example region codes</comment>
        <translation>JP, US, CN</translation>
    </message>
    <message>
        <source>Not a region code: %1. %2</source>
        <translation>국가 코드가 아니에요: %1. %2</translation>
    </message>
</context>
<context>
    <name>HappyScreen</name>
    <message>
        <source>Happy file</source>
        <translation>행복 보관함</translation>
    </message>
    <message>
        <source>Save from clipboard</source>
        <translation>클립보드에서 담기</translation>
    </message>
    <message>
        <source>Save the message you copied (Ctrl+Shift+H)</source>
        <translation>복사한 메시지를 담아요 (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation>힘 나는 한마디</translation>
    </message>
    <message>
        <source>Search words, notes and tags</source>
        <translation>메시지, 메모, 태그 검색</translation>
    </message>
    <message>
        <source>Search the happy file</source>
        <translation>행복 보관함 검색</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>태그로 거르기</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>즐겨찾기만</translation>
    </message>
    <message>
        <source>Happy file entries</source>
        <translation>행복 보관함 항목</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>HTML page for a kudos post…</source>
        <translation>칭찬 게시용 HTML 페이지…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>JSON (can be imported back)…</source>
        <translation>JSON (다시 가져올 수 있어요)…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>항목을 삭제했어요.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln개 찾음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>항목 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation>맞는 항목이 없어요. 검색어를 줄이거나 짧게 해 보세요.</translation>
    </message>
    <message>
        <source>Nothing here yet.

When a customer makes your day, copy their message and choose Save to happy file (Ctrl+Shift+H, or the tray menu). On a hard day, Lift me up brings one back.</source>
        <translation>아직 비어 있어요.

고객 덕분에 기분 좋은 날엔 그 메시지를 복사해서 행복 보관함에 담기를 눌러 주세요(Ctrl+Shift+H 또는 트레이 메뉴). 힘든 날엔 힘 나는 한마디가 하나씩 꺼내 줄게요.</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>즐겨찾기 해제</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) deleted.</source>
        <translation>
            <numerusform>항목 %n개를 삭제했어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 페이지 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n entry(s)</source>
        <translation>
            <numerusform>항목 %n개 내보내기</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a happy file</source>
        <translation>행복 보관함 가져오기</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>파일을 읽지 못했어요: %1 (%2)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>처리하는 중…</translation>
    </message>
</context>
<context>
    <name>HappyWords</name>
    <message numerus="yes">
        <source>Imported %n new entry(s)</source>
        <translation>
            <numerusform>새 항목 %n개를 가져왔어요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n개는 이미 있어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your phrases added.</source>
        <translation>
            <numerusform>내 표현 %n개를 추가했어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1.</source>
        <translation>
            <numerusform>항목 %n개를 %1 파일로 내보냈어요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Welcome…</source>
        <translation>시작 안내…</translation>
    </message>
    <message>
        <source>The ratio, your day and the keys, in brief</source>
        <translation>비율, 하루 흐름, 단축키를 간단히 소개해요</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>응대 원칙</translation>
    </message>
    <message>
        <source>The customer-service practices behind it</source>
        <translation>Companion이 따르는 고객 응대 원칙</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>기간:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s)</source>
        <translation>
            <numerusform>%n일 보기</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>연속 달성</translation>
    </message>
    <message>
        <source>Daily ratio chart</source>
        <translation>일별 비율 차트</translation>
    </message>
    <message>
        <source>At or above target</source>
        <translation>목표 달성</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>목표 미달</translation>
    </message>
    <message>
        <source>No negative (n : 0, no ratio)</source>
        <translation>힘든 대화 없음 (n : 0, 비율 없음)</translation>
    </message>
    <message>
        <source>Taller than the axis</source>
        <translation>축보다 높음</translation>
    </message>
    <message>
        <source>Day under the pointer</source>
        <translation>포인터가 가리키는 날</translation>
    </message>
    <message>
        <source>Mood and energy, from your reflections</source>
        <translation>하루 돌아보기에 적은 기분과 기운</translation>
    </message>
    <message>
        <source>Mood and energy chart</source>
        <translation>기분·기운 차트</translation>
    </message>
    <message>
        <source>Mood (1–5)</source>
        <translation>기분 (1–5)</translation>
    </message>
    <message>
        <source>Energy (1–5)</source>
        <translation>기운 (1–5)</translation>
    </message>
    <message>
        <source>Dotted: days without an entry between</source>
        <translation>점선: 사이에 기록이 없는 날</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>7 days before</source>
        <translation>그 전 7일</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>Complaint trends</source>
        <translation>불만 추이</translation>
    </message>
    <message>
        <source>No negative logs with a topic in the last two weeks. Add a topic when you log a negative to see which complaints recur.</source>
        <translation>최근 2주 동안 주제를 단 힘든 대화 기록이 없어요. 힘든 대화를 기록할 때 주제를 달면 어떤 불만이 반복되는지 보여요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complaint trends&lt;/b&gt; — topics of negative logs, this week against last week</source>
        <translation>&lt;b&gt;불만 추이&lt;/b&gt; — 힘든 대화의 주제, 이번 주와 지난주 비교</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s) at or above %1</source>
        <translation>
            <numerusform>현재 %n일 연속으로 목표 %1 달성</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily ratio — positives per negative, last %1 days</source>
        <translation>일별 비율 — 힘든 대화 1건당 좋은 대화, 최근 %1일</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>%1: no logs</source>
        <translation>%1: 기록 없음</translation>
    </message>
    <message>
        <source>%1: %2 positive, no negative (%3): no ratio to draw</source>
        <translation>%1: 좋은 대화 %2, 힘든 대화 없음 (%3) — 그래프에 그릴 비율은 없어요</translation>
    </message>
    <message>
        <source>%1: %2 positive, %3 negative: %4, %5 (target %6)</source>
        <translation>%1: 좋은 대화 %2, 힘든 대화 %3, 비율 %4 — %5 (목표 %6)</translation>
    </message>
    <message>
        <source>%1: no mood or energy noted</source>
        <translation>%1: 기분·기운 기록 없음</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>5점 중 %1점</translation>
    </message>
    <message>
        <source>%1. Click or press Enter to open the day.</source>
        <translation>%1. 클릭하거나 Enter를 누르면 그날이 열려요.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a day&apos;s summary</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Highest %1 on %2, lowest %3 on %4.</source>
        <translation>최고 %1 (%2), 최저 %3 (%4).</translation>
    </message>
    <message>
        <source>%1: not noted.</source>
        <translation>%1: 기록 없음.</translation>
    </message>
    <message numerus="yes">
        <source>%1 went from %2 to %3 (average %4, %n entry(s)).</source>
        <translation>
            <numerusform>%1: %2 → %3 (평균 %4, %n건).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 went from %2 to %3 (average %4, %n entry(s)); the biggest change was %5 → %6, from %7 to %8.</source>
        <translation>
            <numerusform>%1: %2 → %3 (평균 %4, %n건). 가장 큰 변화: %5 → %6 (%7~%8).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: mood %2, energy %3</source>
        <translation>%1: 기분 %2, 기운 %3</translation>
    </message>
    <message>
        <source>Point at a day (or Tab to the chart and use the arrow keys) to read it; click it or press Enter to open its logs.</source>
        <translation>날짜를 가리키면(또는 Tab으로 차트에 가서 화살표 키) 내용을 읽을 수 있어요. 클릭하거나 Enter를 누르면 그날 기록이 열려요.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): %2 with logs, %3 at or above the target %4, %5 below, %6 with no negative.</source>
        <translation>
            <numerusform>%n일 중 기록한 날 %2일 · 목표 달성 %3일(목표 %4) · 미달 %5일 · 힘든 대화 없는 날 %6일.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was %2 every time (%n entry(s)).</source>
        <translation>
            <numerusform>%1: 매번 %2 (%n건).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No mood or energy noted in these %n day(s). The Reflection screen asks for them at the end of a shift.</source>
        <translation>
            <numerusform>이 %n일 동안 기분·기운 기록이 없어요. 근무를 마칠 때 하루 돌아보기 화면에서 물어봐요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>기분</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>기운</translation>
    </message>
</context>
<context>
    <name>InputMethod</name>
    <message>
        <source>Your desktop types through fcitx, which this Qt has no plugin for, so Companion talks to it as ibus. If Korean or Japanese typing does not work here, turn on fcitx 5&apos;s ibus frontend, or install ibus with your language&apos;s engine (the README says how).</source>
        <translation>이 데스크톱은 fcitx로 입력하는데, 지금 쓰는 Qt에는 fcitx 플러그인이 없어서 Companion은 ibus 방식으로 연결해요. 여기서 한글이나 일본어 입력이 안 되면 fcitx 5의 ibus 프런트엔드를 켜거나, ibus와 쓰는 언어의 입력기를 설치해 주세요(방법은 README에 있어요).</translation>
    </message>
</context>
<context>
    <name>LauncherOffer</name>
    <message>
        <source>Add Companion to your desktop&apos;s app launcher? Its menu will have Log positive, Log negative and Check clipboard, which your desktop&apos;s keyboard settings can bind to keys.</source>
        <translation>Companion을 데스크톱 앱 런처에 추가할까요? 메뉴에 좋은 대화 기록, 힘든 대화 기록, 클립보드 검토가 생기고, 데스크톱 키보드 설정에서 단축키를 지정할 수 있어요.</translation>
    </message>
    <message>
        <source>Add to launcher</source>
        <translation>런처에 추가</translation>
    </message>
    <message>
        <source>Companion is in the app launcher now. To log or check with one key, bind its Log positive, Log negative and Check clipboard actions in your desktop&apos;s keyboard settings.</source>
        <translation>Companion을 앱 런처에 추가했어요. 키 하나로 기록하거나 검토하려면 데스크톱 키보드 설정에서 좋은 대화 기록, 힘든 대화 기록, 클립보드 검토에 단축키를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <source>Lift me up</source>
        <translation>힘 나는 한마디</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>고객이 남긴 말</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>스크린샷</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>하나 더</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Your happy file is empty for now.

When a customer writes something kind, copy it and choose Save to happy file. On a day like this it will be here.</source>
        <translation>행복 보관함이 아직 비어 있어요.

고객이 따뜻한 말을 남기면 복사해서 행복 보관함에 담기를 눌러 주세요. 오늘 같은 날 꺼내 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Why it made my day: %1</source>
        <translation>기분 좋았던 이유: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Check reply</source>
        <translation>답변 검토</translation>
    </message>
    <message>
        <source>Cool-off</source>
        <translation>숨 고르기</translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation>행복 보관함</translation>
    </message>
    <message>
        <source>Phrasebook</source>
        <translation>표현 모음</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>관점 바꾸기</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>하루 돌아보기</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Companion</source>
        <translation>Companion(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>기록(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation>오늘은 되돌릴 기록이 없어요.</translation>
    </message>
    <message>
        <source>Removed the last positive log.</source>
        <translation>마지막 좋은 대화 기록을 지웠어요.</translation>
    </message>
    <message>
        <source>Removed the last negative log.</source>
        <translation>마지막 힘든 대화 기록을 지웠어요.</translation>
    </message>
    <message>
        <source>Companion shows %1 from its next start.</source>
        <translation>Companion을 다음에 시작할 때부터 %1 화면으로 바뀌어요.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Companion 정보</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Companion %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A companion for customer-support agents: keep the day&apos;s positives in view, check replies before sending, cool off, keep a happy file and reflect.&lt;/p&gt;&lt;p&gt;All data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Companion %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;고객 상담원 곁을 지키는 동료예요. 하루의 좋은 대화를 눈앞에 두고, 보내기 전에 답변을 검토하고, 숨을 고르고, 행복 보관함을 채우고, 하루를 돌아봐요.&lt;/p&gt;&lt;p&gt;모든 데이터는 이 컴퓨터에만 저장돼요.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <source>Edit my phrase</source>
        <translation>내 표현 수정</translation>
    </message>
    <message>
        <source>Add my phrase</source>
        <translation>내 표현 추가</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>When a customer says</source>
        <translation>고객이 이렇게 말하면</translation>
    </message>
    <message>
        <source>Optional, e.g. “It&apos;s too expensive.”</source>
        <translation>선택, 예: “너무 비싸요.”</translation>
    </message>
    <message>
        <source>What I&apos;ll say</source>
        <translation>내가 할 말</translation>
    </message>
    <message>
        <source>The words you want ready</source>
        <translation>미리 준비해 둘 말</translation>
    </message>
    <message>
        <source>Fill this in to rehearse your answer to something you expect to hear.</source>
        <translation>들을 것 같은 말이 있다면 적어 두고 답변을 미리 연습해 보세요.</translation>
    </message>
    <message>
        <source>When they say</source>
        <translation>고객이 이렇게 말하면</translation>
    </message>
    <message>
        <source>I say</source>
        <translation>나는 이렇게</translation>
    </message>
</context>
<context>
    <name>PhraseModel</name>
    <message>
        <source>When they say: “%1”</source>
        <translation>고객이 이렇게 말하면: “%1”</translation>
    </message>
    <message>
        <source>my phrase</source>
        <translation>내 표현</translation>
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
        <translation>클릭하면 복사돼요</translation>
    </message>
</context>
<context>
    <name>PhrasebookScreen</name>
    <message>
        <source>Phrasebook</source>
        <translation>표현 모음</translation>
    </message>
    <message>
        <source>Phrase categories</source>
        <translation>표현 분류</translation>
    </message>
    <message>
        <source>All phrases</source>
        <translation>모든 표현</translation>
    </message>
    <message>
        <source>My phrases</source>
        <translation>내 표현</translation>
    </message>
    <message>
        <source>Your own words, and answers to objections you expect</source>
        <translation>내가 쓰는 말과, 예상되는 반발에 미리 준비한 답변</translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation>표현 검색</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>표현</translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation>내 표현 추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Click a phrase to copy it. Make it your own before you send it.</source>
        <translation>표현을 클릭하면 복사돼요. 보내기 전에 내 말투로 다듬어 주세요.</translation>
    </message>
    <message>
        <source>Your own phrases and rehearsed answers. They go into JSON exports.</source>
        <translation>내 표현과 미리 준비한 답변이에요. JSON으로 내보낼 때 함께 들어가요.</translation>
    </message>
    <message>
        <source>No phrases match.</source>
        <translation>맞는 표현이 없어요.</translation>
    </message>
    <message>
        <source>Nothing here yet: add your own with Add my own….</source>
        <translation>아직 비어 있어요. 내 표현 추가…로 직접 넣어 보세요.</translation>
    </message>
    <message>
        <source>Why this works</source>
        <translation>왜 효과가 있을까요</translation>
    </message>
    <message>
        <source>The practices behind it: %1</source>
        <translation>근거가 된 원칙: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>복사했어요: %1</translation>
    </message>
    <message>
        <source>Click a phrase to copy it.</source>
        <translation>표현을 클릭하면 복사돼요.</translation>
    </message>
    <message>
        <source>Added to your phrases.</source>
        <translation>내 표현에 추가했어요.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했어요.</translation>
    </message>
    <message>
        <source>Deleted your phrase.</source>
        <translation>내 표현을 삭제했어요.</translation>
    </message>
</context>
<context>
    <name>PracticesWindow</name>
    <message>
        <source>The practices behind Companion</source>
        <translation>Companion이 따르는 응대 원칙</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>응대 원칙</translation>
    </message>
    <message>
        <source>The practices could not be read (%1).</source>
        <translation>응대 원칙을 불러오지 못했어요 (%1).</translation>
    </message>
</context>
<context>
    <name>RatingButtons</name>
    <message>
        <source>%1 %2 of 5</source>
        <translation>%1 5점 중 %2점</translation>
    </message>
</context>
<context>
    <name>ReflectionActions</name>
    <message>
        <source>Reframe…</source>
        <translation>관점 바꾸기…</translation>
    </message>
    <message>
        <source>Walk through a bruising moment</source>
        <translation>마음 상했던 순간을 차근차근 짚어 봐요</translation>
    </message>
    <message>
        <source>Reflect on today</source>
        <translation>오늘 돌아보기</translation>
    </message>
    <message>
        <source>Snooze reflection 15 min</source>
        <translation>하루 돌아보기 15분 뒤에</translation>
    </message>
    <message>
        <source>No reflection today</source>
        <translation>오늘은 돌아보기 안 하기</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>근무 끝</translation>
    </message>
    <message>
        <source>How did today go? Two minutes of reflection, with today&apos;s numbers.</source>
        <translation>오늘 하루 어땠어요? 오늘의 숫자를 보며 2분만 돌아봐요.</translation>
    </message>
    <message>
        <source>Reflect now</source>
        <translation>지금 돌아보기</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>%1분 뒤에</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>오늘은 안 할래요</translation>
    </message>
</context>
<context>
    <name>ReflectionScreen</name>
    <message>
        <source>Reflection</source>
        <translation>하루 돌아보기</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>하루(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>한 주(&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
</context>
<context>
    <name>Reframe</name>
    <message>
        <source>Permanent</source>
        <translation>영구적</translation>
    </message>
    <message>
        <source>Pervasive</source>
        <translation>전반적</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>내 탓</translation>
    </message>
    <message>
        <source>Feeling before → after:</source>
        <translation>기분 전 → 후:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>What I told myself</source>
        <translation>스스로에게 한 말</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>이번 한 번</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>이 일만</translation>
    </message>
    <message>
        <source>External</source>
        <translation>내 탓이 아닌 일</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>그렇다는 근거</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>아니라는 근거</translation>
    </message>
    <message>
        <source>More useful to believe</source>
        <translation>더 도움이 되는 생각</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>다음에는</translation>
    </message>
</context>
<context>
    <name>ReframeGuide</name>
    <message>
        <source>Progress through the guide</source>
        <extracomment>word lists being compiled on a pool thread, by language languages whose lists could not be read: detect says why, once asked</extracomment>
        <translation>가이드 진행 상황</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>이전(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. A customer called me incompetent over a late refund.</source>
        <translation>예: 환불이 늦어졌다고 고객이 저보고 무능하다고 했어요.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>무슨 일이 있었나요?</translation>
    </message>
    <message>
        <source>e.g. I always mess up refunds. Everyone can see I&apos;m useless.</source>
        <translation>예: 나는 환불 건만 맡으면 늘 망쳐. 다들 내가 쓸모없다는 걸 알 거야.</translation>
    </message>
    <message>
        <source>What are you telling yourself about it?</source>
        <translation>그 일에 대해 스스로에게 뭐라고 말하고 있나요?</translation>
    </message>
    <message>
        <source>Words marked in your thought</source>
        <translation>생각 속에서 표시된 말</translation>
    </message>
    <message>
        <source>Feeling now</source>
        <translation>지금 기분</translation>
    </message>
    <message>
        <source>awful</source>
        <translation>최악</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>괜찮음</translation>
    </message>
    <message>
        <source>Write it as it sounds in your head. Words that make it permanent, pervasive or personal are marked as you type.</source>
        <translation>머릿속에 떠오르는 그대로 적어 보세요. 영구적이거나, 전반적이거나, 내 탓으로 만드는 말은 입력하는 동안 표시돼요.</translation>
    </message>
    <message>
        <source>How do you feel right now?</source>
        <translation>지금 기분은 어때요?</translation>
    </message>
    <message>
        <source>Is this temporary?</source>
        <translation>이번 한 번뿐인 일 아닐까요?</translation>
    </message>
    <message>
        <source>Example: “I always mess up refunds” → “This refund went wrong today.”</source>
        <translation>예: “나는 환불만 하면 늘 망쳐” → “오늘 이 환불 건이 잘 안 풀렸어.”</translation>
    </message>
    <message>
        <source>Is it about one specific thing?</source>
        <translation>딱 이 일에 대한 건 아닐까요?</translation>
    </message>
    <message>
        <source>Example: “Everyone hates me” → “One customer was angry about one order.”</source>
        <translation>예: “다들 나를 싫어해” → “고객 한 분이 주문 한 건 때문에 화가 났어.”</translation>
    </message>
    <message>
        <source>Is it really about you?</source>
        <translation>정말 내 탓일까요?</translation>
    </message>
    <message>
        <source>Example: “It&apos;s my fault” → “The courier was late; I passed on the news.”</source>
        <translation>예: “다 내 잘못이야” → “택배가 늦었고, 나는 그 소식을 전했을 뿐이야.”</translation>
    </message>
    <message>
        <source>What supports the thought?</source>
        <translation>그 생각을 뒷받침하는 건 뭔가요?</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>그렇다는 근거</translation>
    </message>
    <message>
        <source>What does not fit it? Times it went well?</source>
        <translation>맞지 않는 건 뭔가요? 잘됐던 때는요?</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>아니라는 근거</translation>
    </message>
    <message>
        <source>e.g. Refunds are tricky; I am learning them.</source>
        <translation>예: 환불은 원래 까다로워. 나는 배우는 중이야.</translation>
    </message>
    <message>
        <source>What is more useful to believe?</source>
        <translation>어떻게 생각하는 게 더 도움이 될까요?</translation>
    </message>
    <message>
        <source>Evidence &amp;for:</source>
        <translation>그렇다는 근거(&amp;F):</translation>
    </message>
    <message>
        <source>Evidence &amp;against:</source>
        <translation>아니라는 근거(&amp;A):</translation>
    </message>
    <message>
        <source>More &amp;useful to believe:</source>
        <translation>더 도움이 되는 생각(&amp;U):</translation>
    </message>
    <message>
        <source>Dispute the thought (optional)</source>
        <translation>생각 반박해 보기 (선택)</translation>
    </message>
    <message>
        <source>Leave these empty and press Next to skip this step.</source>
        <translation>비워 두고 다음을 누르면 이 단계를 건너뛰어요.</translation>
    </message>
    <message>
        <source>e.g. Check the courier tracking page before I promise a date</source>
        <translation>예: 날짜를 약속하기 전에 택배 조회 페이지부터 확인하기</translation>
    </message>
    <message>
        <source>One thing I could do better next time</source>
        <translation>다음에 더 잘할 수 있는 한 가지</translation>
    </message>
    <message>
        <source>Feeling after</source>
        <translation>정리한 뒤 기분</translation>
    </message>
    <message>
        <source>Specific and doable: a detail to check, a phrase to use, a step to add.</source>
        <translation>구체적이고 해볼 만한 걸로요. 확인할 것 하나, 써 볼 표현 하나, 추가할 단계 하나.</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation>이제 기분은 어때요?</translation>
    </message>
    <message>
        <source>Three questions</source>
        <translation>세 가지 질문</translation>
    </message>
    <message>
        <source>Dispute (optional)</source>
        <translation>반박 (선택)</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>다음에는</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <source>Not read: the guide has no word lists for %1 yet.</source>
        <translation>가이드에 아직 %1 단어 목록이 없어서 살펴보지 못했어요.</translation>
    </message>
    <message>
        <source>%1, about someone else</source>
        <translation>%1, 다른 사람에 대한 말</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Write what happened or what you are telling yourself.</source>
        <translation>무슨 일이 있었는지, 또는 스스로에게 뭐라고 말하고 있는지 적어 주세요.</translation>
    </message>
    <message>
        <source>Nothing permanent, pervasive or personal so far.</source>
        <translation>아직 영구적이거나, 전반적이거나, 내 탓으로 만드는 말은 없어요.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Make it specific: what exactly will you do, and when?</source>
        <translation>구체적으로 적어 보세요. 정확히 무엇을, 언제 할 건가요?</translation>
    </message>
    <message>
        <source>Saved. Find it under Saved reframes.</source>
        <translation>저장했어요. 저장한 관점 바꾸기에서 볼 수 있어요.</translation>
    </message>
</context>
<context>
    <name>ReframeListModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>기분</translation>
    </message>
    <message>
        <source>feeling before %1, after %2</source>
        <translation>기분 전 %1, 후 %2</translation>
    </message>
</context>
<context>
    <name>ReframeScreen</name>
    <message>
        <source>Reframe</source>
        <translation>관점 바꾸기</translation>
    </message>
    <message>
        <source>Gu&amp;ide</source>
        <translation>가이드(&amp;I)</translation>
    </message>
    <message>
        <source>Sa&amp;ved reframes</source>
        <translation>저장한 관점 바꾸기(&amp;V)</translation>
    </message>
    <message>
        <source>Unfinished reframe</source>
        <translation>작성 중인 관점 바꾸기</translation>
    </message>
    <message>
        <source>You have a reframe you haven&apos;t saved.</source>
        <translation>아직 저장하지 않은 관점 바꾸기가 있어요.</translation>
    </message>
    <message>
        <source>Start a new one and lose it, or go on with the one you were writing?</source>
        <translation>쓰던 내용을 버리고 새로 시작할까요, 아니면 이어서 쓸까요?</translation>
    </message>
    <message>
        <source>Start new</source>
        <translation>새로 시작</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>이어서 쓰기</translation>
    </message>
</context>
<context>
    <name>ReplyCheckPage</name>
    <message>
        <source>Language of the rules shown</source>
        <extracomment>the rules (and categories) switched off, in every language&apos;s pack</extracomment>
        <translation>규칙을 볼 답변 언어</translation>
    </message>
    <message>
        <source>Checker rules</source>
        <translation>검토 규칙</translation>
    </message>
    <message>
        <source>Rules &amp;for replies in:</source>
        <translation>규칙을 볼 답변 언어(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Rules in use:</source>
        <translation>사용 중인 규칙(&amp;R):</translation>
    </message>
</context>
<context>
    <name>ReplyTools</name>
    <message>
        <source>Check clipboard</source>
        <translation>클립보드 검토</translation>
    </message>
    <message>
        <source>Check the reply on the clipboard</source>
        <translation>클립보드에 있는 답변을 검토해요</translation>
    </message>
    <message>
        <source>I need a minute</source>
        <translation>잠깐 쉴게요</translation>
    </message>
    <message>
        <source>Start a short breathing cool-off</source>
        <translation>짧게 숨 고르기를 시작해요</translation>
    </message>
    <message>
        <source>Cool-off</source>
        <translation>숨 고르기</translation>
    </message>
    <message>
        <source>A cool-off is already running; it holds its own draft.</source>
        <translation>이미 숨 고르기 중이에요. 그쪽 초안도 보류돼 있어요.</translation>
    </message>
    <message>
        <source>Welcome back. Time to answer, cool.</source>
        <translation>돌아오셨네요. 이제 차분하게 답해 봐요.</translation>
    </message>
    <message>
        <source>Welcome back. Your draft is back in Check, beside the findings.</source>
        <translation>돌아오셨네요. 초안은 검토 화면에서 확인할 점 옆에 있어요.</translation>
    </message>
    <message>
        <source>Welcome back. Your draft waits in Cool-off: Rewrite it now.</source>
        <translation>돌아오셨네요. 초안이 숨 고르기 화면에서 기다려요. 지금 다시 써 보세요.</translation>
    </message>
    <message>
        <source>Cool-off done</source>
        <translation>숨 고르기 끝</translation>
    </message>
</context>
<context>
    <name>SavedReframes</name>
    <message>
        <source>Search saved reframes</source>
        <translation>저장한 관점 바꾸기 검색</translation>
    </message>
    <message>
        <source>Saved reframes</source>
        <translation>저장한 관점 바꾸기</translation>
    </message>
    <message>
        <source>The selected reframe</source>
        <translation>선택한 관점 바꾸기</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln개 저장됨</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved reframes yet.</source>
        <translation>아직 저장한 관점 바꾸기가 없어요.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>맞는 항목이 없어요.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Target ratio (positives per negative):</source>
        <translation>목표 비율(&amp;T) (힘든 대화 1건당 좋은 대화):</translation>
    </message>
    <message>
        <source>Target ratio</source>
        <translation>목표 비율</translation>
    </message>
    <message>
        <source>3 : 1 is a rule of thumb, not science: pick the number that helps you notice when a day slides.</source>
        <translation>3 : 1은 과학이 아니라 경험에서 나온 기준이에요. 하루가 기우는 걸 알아채기 좋은 숫자로 정하세요.</translation>
    </message>
    <message>
        <source>A new &amp;day starts at:</source>
        <translation>하루 시작 시각(&amp;D):</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>하루 시작 시각</translation>
    </message>
    <message>
        <source>Logs before this hour count for the previous day, so a night shift is one day.</source>
        <translation>이 시각 전에 남긴 기록은 전날 기록으로 쳐요. 그래서 야간 근무도 하루로 묶여요.</translation>
    </message>
    <message>
        <source>&amp;Shift ends at:</source>
        <translation>근무 종료 시각(&amp;S):</translation>
    </message>
    <message>
        <source>Shift ends at</source>
        <translation>근무 종료 시각</translation>
    </message>
    <message>
        <source>Remind me to reflect when my shift ends</source>
        <translation>근무가 끝나면 하루 돌아보기 알림 받기</translation>
    </message>
    <message>
        <source>Start Companion when I log in</source>
        <translation>로그인할 때 Companion 자동 시작</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System follows your desktop&apos;s language; dates and numbers follow it too.</source>
        <translation>시스템을 고르면 데스크톱 언어를 따라가요. 날짜와 숫자 표기도 함께 따라가요.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>&amp;Cool-off length:</source>
        <translation>숨 고르기 시간(&amp;C):</translation>
    </message>
    <message>
        <source>Cool-off length in minutes</source>
        <translation>숨 고르기 시간 (분)</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Watch the clipboard and quietly tell me the verdict of copied replies</source>
        <translation>클립보드를 지켜보다가 복사한 답변의 검토 결과를 조용히 알려 주기</translation>
    </message>
    <message>
        <source>Copied text is checked in memory only and never saved.</source>
        <translation>복사한 글은 메모리에서만 검토하고 저장하지 않아요.</translation>
    </message>
    <message>
        <source>&amp;Rules in use:</source>
        <translation>사용 중인 규칙(&amp;R):</translation>
    </message>
    <message>
        <source>Rules in use</source>
        <translation>사용 중인 규칙</translation>
    </message>
    <message>
        <source>Hide customer details (e-mail, phone, card, order numbers) in new entries</source>
        <translation>새 항목에서 고객 개인정보 가리기 (이메일, 전화번호, 카드·주문 번호)</translation>
    </message>
    <message>
        <source>Also hide local phone numbers of these &amp;regions:</source>
        <translation>다음 국가의 국내 전화번호도 가리기(&amp;R):</translation>
    </message>
    <message>
        <source>Regions whose local phone numbers are hidden</source>
        <translation>국내 전화번호를 가릴 국가</translation>
    </message>
    <message>
        <source>Country codes such as DE, FR, GB, separated by commas. Numbers written with a + country code are always hidden, and so are local numbers of the text&apos;s language and of your system&apos;s region.</source>
        <translation>JP, US, CN처럼 국가 코드를 쉼표로 구분해 적어 주세요. 앞에 +와 국가 번호가 붙은 전화번호는 늘 가려요. 글의 언어와 시스템 지역의 국내 번호도 함께 가려요.</translation>
    </message>
    <message>
        <source>Offer Lift me up once a day when a negative log leaves today below target</source>
        <translation>힘든 대화 기록으로 오늘 목표에 못 미치면 하루 한 번 힘 나는 한마디 권하기</translation>
    </message>
    <message>
        <source>The offer is a quiet banner (or a tray notification), never a pop-up.</source>
        <translation>팝업 창이 아니라 조용한 배너(또는 트레이 알림)로 알려 드려요.</translation>
    </message>
    <message>
        <source>Offer to add Companion to the app launcher</source>
        <translation>Companion을 앱 런처에 추가하자고 권하기</translation>
    </message>
    <message>
        <source>Asked once, quietly, on a Linux desktop where it is missing.</source>
        <translation>런처에 없는 Linux 데스크톱에서 한 번만 조용히 물어봐요.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Companion settings</source>
        <translation>Companion 설정</translation>
    </message>
    <message>
        <source>Reply checker</source>
        <translation>답변 검토</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>데스크톱</translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation>행복 보관함</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Log a positive conversation (also = )</source>
        <translation>좋은 대화 기록 (= 키도 돼요)</translation>
    </message>
    <message>
        <source>Log a negative conversation</source>
        <translation>힘든 대화 기록</translation>
    </message>
    <message>
        <source>Undo the last log</source>
        <translation>마지막 기록 되돌리기</translation>
    </message>
    <message>
        <source>History chart</source>
        <translation>기록 차트</translation>
    </message>
    <message>
        <source>The day before (Right: the day after)</source>
        <translation>전날 (→: 다음 날)</translation>
    </message>
    <message>
        <source>A week back (PgDown: a week on)</source>
        <translation>한 주 전 (PgDown: 한 주 뒤)</translation>
    </message>
    <message>
        <source>The first day shown (End: the last)</source>
        <translation>보이는 첫날 (End: 마지막 날)</translation>
    </message>
    <message>
        <source>Open the day&apos;s logs and reflection</source>
        <translation>그날의 기록과 하루 돌아보기 열기</translation>
    </message>
    <message>
        <source>Check reply</source>
        <translation>답변 검토</translation>
    </message>
    <message>
        <source>Check the reply</source>
        <translation>답변 검토</translation>
    </message>
    <message>
        <source>Save to happy file</source>
        <translation>행복 보관함에 담기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation>행복 보관함</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>선택한 항목 삭제</translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation>힘 나는 한마디</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>하나 더</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>관점 바꾸기</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>하루 돌아보기</translation>
    </message>
    <message>
        <source>Save today&apos;s reflection</source>
        <translation>오늘 돌아보기 저장</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>&quot;(&amp;S)&quot; after a CJK label: the accelerator written the way Korean and Japanese menus write it</extracomment>
        <translation>단축키</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>%1 메뉴</translation>
    </message>
    <message>
        <source>Outside the window: the tray icon&apos;s menu logs and checks in one click, and &lt;code&gt;companion log +&lt;/code&gt; or &lt;code&gt;companion log -&lt;/code&gt; logs from a terminal, or from a key you give it in your desktop&apos;s keyboard settings.</source>
        <translation>창 밖에서도 쓸 수 있어요. 트레이 아이콘 메뉴에서 클릭 한 번으로 기록하고 검토할 수 있고, 터미널이나 데스크톱 키보드 설정에서 지정한 키로 &lt;code&gt;companion log +&lt;/code&gt;, &lt;code&gt;companion log -&lt;/code&gt;를 실행해 기록할 수도 있어요.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Positive interactions today</source>
        <translation>오늘의 좋은 대화</translation>
    </message>
    <message>
        <source>Negative interactions today</source>
        <translation>오늘의 힘든 대화</translation>
    </message>
    <message>
        <source>Today&apos;s ratio</source>
        <translation>오늘의 비율</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>좋은 대화</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>힘든 대화</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>State against target</source>
        <translation>목표 대비 상태</translation>
    </message>
    <message>
        <source>Positives needed to reach the target</source>
        <translation>목표까지 필요한 좋은 대화</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;billing&quot;, &quot;late delivery&quot;</source>
        <translation>선택, 예: &quot;결제&quot;, &quot;배송 지연&quot;</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>optional one-line note</source>
        <translation>한 줄 메모 (선택)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>주제(&amp;P):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <source>+  Positive</source>
        <translation>+  좋은 대화</translation>
    </message>
    <message>
        <source>Log a positive interaction (+ or Ctrl+Up)</source>
        <translation>좋은 대화 기록 (+ 또는 Ctrl+Up)</translation>
    </message>
    <message>
        <source>Log positive</source>
        <translation>좋은 대화 기록</translation>
    </message>
    <message>
        <source>−  Negative</source>
        <translation>−  힘든 대화</translation>
    </message>
    <message>
        <source>Log a negative interaction (− or Ctrl+Down)</source>
        <translation>힘든 대화 기록 (− 또는 Ctrl+Down)</translation>
    </message>
    <message>
        <source>Log negative</source>
        <translation>힘든 대화 기록</translation>
    </message>
    <message>
        <source>&amp;Undo last log</source>
        <translation>마지막 기록 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>Remove today&apos;s most recent log (Ctrl+Z)</source>
        <translation>오늘 가장 최근 기록을 지워요 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>마지막 작업</translation>
    </message>
    <message>
        <source>&amp;Reframe this…</source>
        <translation>관점 바꿔 보기(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the reframe guide for the selected (or the last) negative log</source>
        <translation>선택한(없으면 마지막) 힘든 대화로 관점 바꾸기 가이드를 열어요</translation>
    </message>
    <message>
        <source>Today&apos;s logs</source>
        <translation>오늘의 기록</translation>
    </message>
    <message>
        <source>Logged positive at %1.</source>
        <translation>%1에 좋은 대화를 기록했어요.</translation>
    </message>
    <message>
        <source>Logged negative at %1.</source>
        <translation>%1에 힘든 대화를 기록했어요.</translation>
    </message>
    <message>
        <source>Removed the last positive log.</source>
        <translation>마지막 좋은 대화 기록을 지웠어요.</translation>
    </message>
    <message>
        <source>Removed the last negative log.</source>
        <translation>마지막 힘든 대화 기록을 지웠어요.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>오늘, %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation>오늘은 되돌릴 기록이 없어요.</translation>
    </message>
    <message>
        <source>No ratio until there is a negative conversation</source>
        <translation>힘든 대화가 있어야 비율이 나와요</translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>No logs yet today</source>
        <translation>오늘은 아직 기록이 없어요</translation>
    </message>
    <message>
        <source>Log your first conversation with + or −.</source>
        <translation>+ 또는 −로 첫 대화를 기록해 보세요.</translation>
    </message>
    <message>
        <source>No negative conversations yet today.</source>
        <translation>오늘은 아직 힘든 대화가 없어요.</translation>
    </message>
    <message>
        <source>You have reached your target. Nice work.</source>
        <translation>목표를 달성했어요. 잘하고 있어요!</translation>
    </message>
    <message numerus="yes">
        <source>%n more positive conversation(s) and you&apos;re at your target.</source>
        <translation>
            <numerusform>좋은 대화 %n건만 더 있으면 목표 달성이에요.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>%1, no negatives yet</source>
        <translation>%1, 힘든 대화는 아직 없어요</translation>
    </message>
    <message>
        <source>%1, %2: %3 to 1</source>
        <translation>%1, %2, 비율 %3 : 1</translation>
    </message>
    <message numerus="yes">
        <source>%n positive(s)</source>
        <translation>
            <numerusform>좋은 대화 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative(s)</source>
        <translation>
            <numerusform>힘든 대화 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Keys for your desktop…</source>
        <translation>데스크톱 단축키…</translation>
    </message>
    <message>
        <source>Companion — today %1 (target %2)
%3. %4</source>
        <translation>Companion — 오늘 %1 (목표 %2)
%3. %4</translation>
    </message>
    <message>
        <source>Companion — no logs yet today (target %1)</source>
        <translation>Companion — 오늘은 아직 기록 없음 (목표 %1)</translation>
    </message>
    <message>
        <source>Companion&apos;s keys work only while its window is open. Add it to your app launcher, and your desktop&apos;s keyboard settings can give its Log positive, Log negative and Check clipboard a key each.</source>
        <translation>Companion 단축키는 창이 열려 있을 때만 동작해요. 앱 런처에 추가하면 데스크톱 키보드 설정에서 좋은 대화 기록, 힘든 대화 기록, 클립보드 검토에 각각 키를 지정할 수 있어요.</translation>
    </message>
    <message>
        <source>Add to launcher</source>
        <translation>런처에 추가</translation>
    </message>
    <message>
        <source>Companion is in your app launcher. Give its Log positive, Log negative and Check clipboard actions keys in your desktop&apos;s keyboard settings: on KDE, Shortcuts, Add New, Application, Companion; elsewhere, a custom shortcut running a command such as %1</source>
        <translation>Companion이 앱 런처에 있어요. 데스크톱 키보드 설정에서 좋은 대화 기록, 힘든 대화 기록, 클립보드 검토에 키를 지정하세요. KDE에서는 단축키 → 새로 추가 → 애플리케이션 → Companion, 다른 데스크톱에서는 %1 같은 명령을 실행하는 사용자 지정 단축키를 만들면 돼요</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Companion lives in its window: closing it minimises Companion, which keeps running for your reminders and cool-offs (Quit is in the Companion menu). To get a tray on GNOME, install and turn on the “AppIndicator and KStatusNotifierItem Support” extension, then start Companion again. Starting Companion from the app launcher or a keyboard shortcut always brings this window forward.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없어서 Companion은 창에서만 실행돼요. 창을 닫으면 최소화될 뿐 알림과 숨 고르기를 위해 계속 실행돼요(종료는 Companion 메뉴에 있어요). GNOME에서 트레이를 쓰려면 “AppIndicator and KStatusNotifierItem Support” 확장을 설치해 켜고 Companion을 다시 실행하세요. 앱 런처나 단축키로 Companion을 실행하면 언제나 이 창이 앞으로 나와요.</translation>
    </message>
    <message>
        <source>Companion can use the tray now</source>
        <translation>이제 Companion을 트레이에서 쓸 수 있어요</translation>
    </message>
    <message>
        <source>Quit Companion and start it again to put its icon in the tray.</source>
        <translation>트레이에 아이콘을 띄우려면 Companion을 종료했다가 다시 실행하세요.</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 지난주(&amp;P)</translation>
    </message>
    <message>
        <source>Next wee&amp;k ▶</source>
        <translation>다음 주(&amp;K) ▶</translation>
    </message>
    <message>
        <source>The week, day by day</source>
        <translation>한 주를 하루씩</translation>
    </message>
    <message>
        <source>Improvements named this week</source>
        <translation>이번 주에 적은 개선점</translation>
    </message>
    <message>
        <source>Improvements named:</source>
        <translation>적은 개선점:</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 — ratio %2, %n day(s) at target</source>
        <translation>
            <numerusform>%1부터 한 주 — 비율 %2, 목표 달성 %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>기분</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>기운</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None named this week yet.</source>
        <translation>이번 주에는 아직 적은 개선점이 없어요.</translation>
    </message>
    <message>
        <source>%1: not enough entries yet.</source>
        <translation>%1: 아직 기록이 부족해요.</translation>
    </message>
    <message>
        <source>%1: %2, one entry so far.</source>
        <translation>%1: %2, 아직 한 건뿐이에요.</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3; the biggest change was %4 → %5 (%6 to %7).</source>
        <translation>%1: %2 → %3. 가장 큰 변화: %4 → %5 (%6~%7).</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>오르는 중</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>내려가는 중</translation>
    </message>
    <message>
        <source>%1: %2, around %3.</source>
        <translation>%1: %2, %3 안팎.</translation>
    </message>
    <message>
        <source>%1: steady, around %2.</source>
        <translation>%1: %2 안팎으로 꾸준해요.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Companion</source>
        <translation>Companion에 오신 걸 환영해요</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Help → Welcome… shows this again</source>
        <translation>도움말 → 시작 안내…에서 다시 볼 수 있어요</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>After each conversation with a customer, log it: &lt;b&gt;positive&lt;/b&gt; or &lt;b&gt;negative&lt;/b&gt;. Companion keeps the day&apos;s &lt;b&gt;ratio&lt;/b&gt; — positives for each negative — in view on Today and on the tray icon, so you notice when a day slides, and lift it before it drags you down.</source>
        <translation>고객과 대화를 마칠 때마다 &lt;b&gt;좋은 대화&lt;/b&gt;인지 &lt;b&gt;힘든 대화&lt;/b&gt;인지 기록하세요. Companion이 하루의 &lt;b&gt;비율&lt;/b&gt;(힘든 대화 1건당 좋은 대화 수)을 오늘 화면과 트레이 아이콘에 보여 줘요. 하루가 가라앉기 시작하면 바로 알아채고, 기분이 처지기 전에 끌어올릴 수 있어요.</translation>
    </message>
    <message>
        <source>3 : 1</source>
        <translation>3 : 1</translation>
    </message>
    <message>
        <source>Three to one</source>
        <translation>3 대 1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why 3&amp;nbsp;:&amp;nbsp;1?&lt;/b&gt; About three good conversations for each hard one tends to feel about right: 1&amp;nbsp;:&amp;nbsp;1 feels bleak, 10&amp;nbsp;:&amp;nbsp;1 is not realistic. It is a rule of thumb, not science — the maths behind the famous “positivity ratio” was retracted — so the target is yours: set it on the next page.</source>
        <translation>&lt;b&gt;왜 3&amp;nbsp;:&amp;nbsp;1일까요?&lt;/b&gt; 힘든 대화 하나에 좋은 대화가 셋쯤이면 대체로 딱 적당하게 느껴져요. 1&amp;nbsp;:&amp;nbsp;1은 너무 암울하고, 10&amp;nbsp;:&amp;nbsp;1은 현실적이지 않아요. 과학이 아니라 경험에서 나온 기준이에요(유명한 “긍정성 비율”의 수학적 근거는 철회됐어요). 그러니 목표는 직접 정하세요. 다음 페이지에서 바꿀 수 있어요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;above&lt;/b&gt; the target: a good day so far</source>
        <translation>목표 &lt;b&gt;초과&lt;/b&gt;: 지금까지 좋은 하루예요</translation>
    </message>
    <message>
        <source>&lt;b&gt;at&lt;/b&gt; the target</source>
        <translation>목표 &lt;b&gt;달성&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;below&lt;/b&gt;: time for a kind word from your happy file</source>
        <translation>목표 &lt;b&gt;미달&lt;/b&gt;: 행복 보관함의 따뜻한 한마디가 필요한 때예요</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>나의 하루</translation>
    </message>
    <message>
        <source>When your shift ends, Companion invites two minutes of reflection (or snooze it, or not today). Starting at login keeps it at hand from the first conversation of the day. All of this can be changed later in Settings (%1).</source>
        <translation>근무가 끝나면 Companion이 2분 동안 하루를 돌아보자고 알려 드려요(미루거나 오늘은 건너뛰어도 돼요). 로그인할 때 자동으로 시작하면 첫 대화부터 곁에 둘 수 있어요. 모두 나중에 설정(%1)에서 바꿀 수 있어요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; (%1) lists every key, and &lt;b&gt;Help → Practices&lt;/b&gt; the customer-service practices behind each screen.</source>
        <translation>&lt;b&gt;도움말 → 단축키&lt;/b&gt;(%1)에서 모든 키를, &lt;b&gt;도움말 → 응대 원칙&lt;/b&gt;에서 각 화면의 바탕이 된 고객 응대 원칙을 볼 수 있어요.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Log in one key</source>
        <translation>키 하나로 기록</translation>
    </message>
    <message>
        <source>on Today, which the window opens on, ready</source>
        <translation>창을 열면 바로 나오는 오늘 화면에서</translation>
    </message>
    <message>
        <source>anywhere in the window</source>
        <translation>창 어디서나</translation>
    </message>
    <message>
        <source>on Today: undo the last log</source>
        <translation>오늘 화면에서: 마지막 기록 되돌리기</translation>
    </message>
    <message>
        <source>Tray icon</source>
        <translation>트레이 아이콘</translation>
    </message>
    <message>
        <source>Log positive or Log negative from its menu</source>
        <translation>메뉴에서 좋은 대화 기록 또는 힘든 대화 기록</translation>
    </message>
    <message>
        <source>in a terminal, or on a key you set in your desktop&apos;s keyboard settings</source>
        <translation>터미널에서, 또는 데스크톱 키보드 설정에서 지정한 키로</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>ok</source>
        <translation>괜찮음</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>괜찮음</translation>
    </message>
    <message>
        <source>needs care</source>
        <translation>다듬기 필요</translation>
    </message>
    <message>
        <source>Needs care</source>
        <translation>다듬기 필요</translation>
    </message>
    <message>
        <source>hard reply</source>
        <translation>날 선 답변</translation>
    </message>
    <message>
        <source>Hard reply</source>
        <translation>날 선 답변</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>목표 초과</translation>
    </message>
    <message>
        <source>Above target</source>
        <translation>목표 초과</translation>
    </message>
    <message>
        <source>at target</source>
        <translation>목표 달성</translation>
    </message>
    <message>
        <source>At target</source>
        <translation>목표 달성</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>목표 미달</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>목표 미달</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>좋은 대화</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>좋은 대화</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>힘든 대화</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>힘든 대화</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Restore the newest backup</source>
        <translation>가장 최근 백업으로 복원</translation>
    </message>
    <message>
        <source>Something went wrong (%1: %2). Your data is safe; the details are in %3.</source>
        <translation>문제가 생겼어요 (%1: %2). 데이터는 안전해요. 자세한 내용은 %3에 남겨 뒀어요.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝내기</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>프로그램 버전을 보여 주고 끝내기</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s 인수: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요해요: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>고를 수 없는 값: %(value)r (%(choices)s 중에서 골라 주세요)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>값이 하나 있어야 해요</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>값은 하나까지만 줄 수 있어요</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>값이 하나 이상 있어야 해요</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>값이 %s개 있어야 해요</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>값이 %s개 있어야 해요</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s 값으로 쓸 수 없어요: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>옵션이 모호해요: %(option)s 은(는) %(matches)s 중 어느 것인지 알 수 없어요</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s 인수와 함께 쓸 수 없어요</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; 파일을 열 수 없어요: %(error)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>%s 중 하나가 필요해요</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>%r 값은 무시했어요</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>예상하지 못한 옵션: %s</translation>
    </message>
</context>
</TS>
