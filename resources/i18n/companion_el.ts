<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Log positive</source>
        <translation>Θετική συνομιλία</translation>
    </message>
    <message>
        <source>Log negative</source>
        <translation>Αρνητική συνομιλία</translation>
    </message>
    <message>
        <source>Undo last log</source>
        <translation>Αναίρεση τελευταίας καταγραφής</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Άνοιγμα του Companion</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Απόκρυψη παραθύρου</translation>
    </message>
    <message>
        <source>Quit Companion</source>
        <translation>Έξοδος από το Companion</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Σχετικά με το Companion</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Backups…</source>
        <translation>Αντίγραφα ασφαλείας…</translation>
    </message>
    <message>
        <source>Back up your data now, or bring back a backup</source>
        <translation>Κρατήστε τώρα αντίγραφο των δεδομένων σας ή επαναφέρετε ένα παλιότερο</translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation>Το αντίγραφο φτιάχτηκε και ελέγχθηκε: %1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Επαναφορά…</translation>
    </message>
    <message>
        <source>Companion&apos;s data is damaged</source>
        <translation>Τα δεδομένα του Companion είναι κατεστραμμένα</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>Every day Companion keeps a checked copy of your data (the newest %1), in %2. Restoring one keeps what Companion holds now in its set-aside folder.</source>
        <translation>Κάθε μέρα το Companion κρατά ένα ελεγμένο αντίγραφο των δεδομένων σας (τα %1 πιο πρόσφατα) στο %2. Αν κάνετε επαναφορά, τα τωρινά δεδομένα φυλάγονται σε ξεχωριστό φάκελο.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Αντίγραφο τώρα</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Ε&amp;παναφορά…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Άνοιγμα &amp;φακέλου</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ημερήσιο</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>δικό σας</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>πριν από αναβάθμιση</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>No backups yet. The first is made shortly after Companion starts.</source>
        <translation>Δεν υπάρχουν ακόμα αντίγραφα. Το πρώτο φτιάχνεται λίγο μετά την εκκίνηση του Companion.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Δημιουργία αντιγράφου…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Επαναφορά αυτού του αντιγράφου;</translation>
    </message>
    <message>
        <source>Replace your data with the backup from %1? Logs, happy-file entries and reflections saved since then will be set aside with the rest of what Companion holds now, not deleted.</source>
        <translation>Να αντικατασταθούν τα δεδομένα σας με το αντίγραφο από %1; Οι καταγραφές, τα μηνύματα του φακέλου χαράς και οι απολογισμοί που αποθηκεύτηκαν από τότε δεν θα σβηστούν· θα φυλαχτούν μαζί με όλα τα τωρινά δεδομένα του Companion.</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Έγινε επαναφορά του αντιγράφου από %1.</translation>
    </message>
    <message>
        <source>What Companion held before is in %1.</source>
        <translation>Τα προηγούμενα δεδομένα του Companion βρίσκονται στο %1.</translation>
    </message>
    <message>
        <source>There is no backups folder yet.</source>
        <translation>Δεν υπάρχει ακόμα φάκελος αντιγράφων.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>BreathingShape</name>
    <message>
        <source>Breathing guide</source>
        <translation>Οδηγός αναπνοής</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Save to happy file</source>
        <translation>Στον φάκελο χαράς</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Τα λόγια του πελάτη</translation>
    </message>
    <message>
        <source>Paste what the customer wrote…</source>
        <translation>Επικολλήστε ό,τι έγραψε ο πελάτης…</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Στιγμιότυπο οθόνης</translation>
    </message>
    <message>
        <source>Why it made my day</source>
        <translation>Γιατί μου έφτιαξε τη μέρα</translation>
    </message>
    <message>
        <source>Why it made my day (optional)</source>
        <translation>Γιατί μου έφτιαξε τη μέρα (προαιρετικό)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Tags, separated by commas (optional)</source>
        <translation>Ετικέτες, χωρισμένες με κόμμα (προαιρετικό)</translation>
    </message>
    <message>
        <source>Star it as a favourite</source>
        <translation>Προσθήκη στα αγαπημένα</translation>
    </message>
    <message>
        <source>Hide customer details (e-mail, phone, card and order numbers)</source>
        <translation>Απόκρυψη στοιχείων πελάτη (e-mail, τηλέφωνο, αριθμοί κάρτας και παραγγελίας)</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Τι θα αποθηκευτεί</translation>
    </message>
    <message>
        <source>What will be saved:</source>
        <translation>Τι θα αποθηκευτεί:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>Τα λόγια του πελάτη</translation>
    </message>
    <message>
        <source>The clipboard held %1 characters, more than a quote needs. The first %2 are kept.</source>
        <translation>Το πρόχειρο είχε %1 χαρακτήρες, πολύ περισσότερους απ&apos; όσους χρειάζεται ένα απόσπασμα. Κρατήθηκαν οι πρώτοι %2.</translation>
    </message>
    <message>
        <source>The screenshot was large, so it was scaled down to %1 pixels to keep it.</source>
        <translation>Το στιγμιότυπο ήταν μεγάλο, γι&apos; αυτό μικρύνθηκε στα %1 pixel για να αποθηκευτεί.</translation>
    </message>
    <message>
        <source>Hidden: %1.</source>
        <translation>Κρύφτηκαν: %1.</translation>
    </message>
    <message>
        <source>Type the words too, if you like (optional)</source>
        <translation>Αν θέλετε, γράψτε και τα λόγια (προαιρετικό)</translation>
    </message>
    <message>
        <source>The words will be saved exactly as they are.</source>
        <translation>Τα λόγια θα αποθηκευτούν ακριβώς όπως είναι.</translation>
    </message>
    <message>
        <source>No customer details found to hide.</source>
        <translation>Δεν βρέθηκαν στοιχεία πελάτη για απόκρυψη.</translation>
    </message>
</context>
<context>
    <name>CheckCategory</name>
    <message>
        <source>Flat no</source>
        <extracomment>The context the checker&apos;s category titles are translated under. Each checker category&apos;s title, in English.</extracomment>
        <translation>Σκέτο «όχι»</translation>
    </message>
    <message>
        <source>Blame</source>
        <translation>Ευθύνη στον πελάτη</translation>
    </message>
    <message>
        <source>Can&apos;t without can</source>
        <translation>«Δεν μπορώ» χωρίς «μπορώ»</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>Απόλυτες εκφράσεις</translation>
    </message>
    <message>
        <source>Policy without the why</source>
        <translation>Πολιτική χωρίς το «γιατί»</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>Ορολογία</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Πολύ μεγάλο</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Φωνές</translation>
    </message>
    <message>
        <source>Dismissive</source>
        <translation>Υποτιμητικό ύφος</translation>
    </message>
    <message>
        <source>Insult</source>
        <translation>Προσβολή</translation>
    </message>
    <message>
        <source>No empathy</source>
        <translation>Χωρίς κατανόηση</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Χωρίς επόμενο βήμα</translation>
    </message>
</context>
<context>
    <name>CheckNumbersRow</name>
    <message>
        <source>Checks and cool-offs today</source>
        <translation>Έλεγχοι και διαλείμματα σήμερα</translation>
    </message>
    <message>
        <source>Replies checked: %1 · Cool-offs taken: %2 · skipped: %3</source>
        <translation>Έλεγχοι απαντήσεων: %1 · Διαλείμματα: %2 · παραλείφθηκαν: %3</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check a reply</source>
        <extracomment>Texts longer than this are checked in a worker thread (about 50 ms of work and up). Typing pauses this long before the draft is checked again. A verdict left this long on an unchanged draft has been seen: the check counts.</extracomment>
        <translation>Έλεγχος απάντησης</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>Προσχέδιο απάντησης</translation>
    </message>
    <message>
        <source>Paste your draft reply here…</source>
        <translation>Επικολλήστε εδώ την απάντησή σας…</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>Δεν έχει γίνει ακόμα έλεγχος.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Take a cool-off</source>
        <translation>Διάλειμμα ηρεμίας</translation>
    </message>
    <message>
        <source>Hold this draft while you breathe for a few minutes</source>
        <translation>Η απάντηση περιμένει όσο παίρνετε ανάσα για λίγα λεπτά</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Αποστολή παρ&apos; όλα αυτά…</translation>
    </message>
    <message>
        <source>Copy it now without a cool-off (asks; it is counted)</source>
        <translation>Αντιγραφή τώρα χωρίς διάλειμμα (με ερώτηση· καταγράφεται)</translation>
    </message>
    <message>
        <source>About the verdict</source>
        <translation>Για το αποτέλεσμα</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Παρατηρήσεις</translation>
    </message>
    <message>
        <source>Findings before the cool-off</source>
        <translation>Παρατηρήσεις πριν από το διάλειμμα</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Έ&amp;λεγχος</translation>
    </message>
    <message>
        <source>Check the draft (Ctrl+Return)</source>
        <translation>Έλεγχος της απάντησης (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Check clip&amp;board</source>
        <translation>Έλεγχος &amp;προχείρου</translation>
    </message>
    <message>
        <source>Check the text on the clipboard (Ctrl+Shift+K)</source>
        <translation>Έλεγχος του κειμένου στο πρόχειρο (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>C&amp;opy reply</source>
        <translation>&amp;Αντιγραφή απάντησης</translation>
    </message>
    <message>
        <source>I need a &amp;minute</source>
        <translation>&amp;Θέλω ένα λεπτό</translation>
    </message>
    <message>
        <source>Hold this draft and take a short cool-off</source>
        <translation>Η απάντηση περιμένει κι εσείς κάνετε ένα σύντομο διάλειμμα</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Language of the draft</source>
        <translation>Γλώσσα της απάντησης</translation>
    </message>
    <message>
        <source>The language the draft is checked in; Automatic reads it from the text</source>
        <translation>Η γλώσσα στην οποία ελέγχεται η απάντηση· η «Αυτόματη» την αναγνωρίζει από το κείμενο</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Αυτόματη</translation>
    </message>
    <message>
        <source>Checking… copy again once the verdict is in.</source>
        <translation>Γίνεται έλεγχος… αντιγράψτε ξανά μόλις βγει το αποτέλεσμα.</translation>
    </message>
    <message>
        <source>Nothing to check: the draft is empty.</source>
        <translation>Δεν υπάρχει κάτι για έλεγχο: η απάντηση είναι κενή.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Έλεγχος…</translation>
    </message>
    <message>
        <source>Long text: only the first %1 characters were checked.</source>
        <translation>Μεγάλο κείμενο: ελέγχθηκαν μόνο οι πρώτοι %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Only the first %1 findings are listed: work through them, then check again.</source>
        <extracomment>Most findings listed as cards (and marked in the editor): a draft with more is a pasted document, not a reply, and measuring thousands of cards would hold the window for seconds.</extracomment>
        <translation>Εμφανίζονται μόνο οι πρώτες %1 παρατηρήσεις: διορθώστε αυτές και ελέγξτε ξανά.</translation>
    </message>
    <message>
        <source>%1 — nothing here should hurt the reply.</source>
        <translation>%1 — τίποτα εδώ δεν χαλάει την απάντηση.</translation>
    </message>
    <message>
        <source>%1 (checked as %2)</source>
        <translation>%1 (γλώσσα ελέγχου: %2)</translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute cool-off holds the draft while you breathe; Copy reply asks first.</source>
        <translation>
            <numerusform>Για %n λεπτό η απάντηση περιμένει όσο παίρνετε ανάσα· η «Αντιγραφή απάντησης» ρωτά πρώτα.</numerusform>
            <numerusform>Για %n λεπτά η απάντηση περιμένει όσο παίρνετε ανάσα· η «Αντιγραφή απάντησης» ρωτά πρώτα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n small thing(s) you may want to look at.</source>
        <translation>
            <numerusform>%1 — %n μικρή λεπτομέρεια που ίσως θέλετε να δείτε.</numerusform>
            <numerusform>%1 — %n μικρές λεπτομέρειες που ίσως θέλετε να δείτε.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste or type a draft, or use Check clipboard. Each finding says why it matters to the customer and what to do instead, often with a rewrite.</source>
        <translation>Επικολλήστε ή γράψτε την απάντησή σας, ή πατήστε «Έλεγχος προχείρου». Κάθε παρατήρηση εξηγεί γιατί μετράει για τον πελάτη και τι να κάνετε αντί γι&apos; αυτό, συχνά με έτοιμη νέα διατύπωση.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s) worth a look before sending.</source>
        <translation>
            <numerusform>%1 — %n παρατήρηση αξίζει μια ματιά πριν από την αποστολή.</numerusform>
            <numerusform>%1 — %n παρατηρήσεις αξίζουν μια ματιά πριν από την αποστολή.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s). Take a minute before you send it.</source>
        <translation>
            <numerusform>%1 — %n παρατήρηση. Πάρτε ένα λεπτό πριν τη στείλετε.</numerusform>
            <numerusform>%1 — %n παρατηρήσεις. Πάρτε ένα λεπτό πριν τη στείλετε.</numerusform>
        </translation>
    </message>
    <message>
        <source>You took the cool-off. Rewrite it cool, then Copy reply.</source>
        <translation>Κάνατε το διάλειμμα. Ξαναγράψτε την απάντηση με ψυχραιμία και μετά «Αντιγραφή απάντησης».</translation>
    </message>
    <message>
        <source>Sent anyway: counted in today&apos;s numbers.</source>
        <translation>Στάλθηκε παρ&apos; όλα αυτά· μετράει στα σημερινά νούμερα.</translation>
    </message>
    <message>
        <source>This draft is held: Copy reply asks before it sends it anyway</source>
        <translation>Η απάντηση είναι σε αναμονή: η «Αντιγραφή απάντησης» θα ρωτήσει πριν τη στείλει</translation>
    </message>
    <message>
        <source>Put the reply, as it is now, on the clipboard</source>
        <translation>Η απάντηση, όπως είναι τώρα, στο πρόχειρο</translation>
    </message>
    <message>
        <source>The clipboard holds an image, not text: copy the reply&apos;s text.</source>
        <translation>Στο πρόχειρο υπάρχει εικόνα, όχι κείμενο: αντιγράψτε το κείμενο της απάντησης.</translation>
    </message>
    <message>
        <source>There is no text on the clipboard: copy the reply first.</source>
        <translation>Δεν υπάρχει κείμενο στο πρόχειρο: αντιγράψτε πρώτα την απάντηση.</translation>
    </message>
    <message>
        <source>Checked the clipboard.</source>
        <translation>Το πρόχειρο ελέγχθηκε.</translation>
    </message>
    <message>
        <source>The draft changed since that check: choose from the new findings.</source>
        <translation>Το κείμενο άλλαξε μετά τον έλεγχο: διαλέξτε από τις νέες παρατηρήσεις.</translation>
    </message>
    <message>
        <source>That rewrite no longer fits here: check again.</source>
        <translation>Αυτή η διατύπωση δεν ταιριάζει πια εδώ: κάντε ξανά έλεγχο.</translation>
    </message>
    <message>
        <source>Applied. Check the sentence still reads well.</source>
        <translation>Έγινε. Ξαναδιαβάστε την πρόταση.</translation>
    </message>
    <message>
        <source>Ignored here. Turn a whole rule off in Settings.</source>
        <translation>Αγνοήθηκε εδώ. Για να κλείσετε έναν ολόκληρο κανόνα, πηγαίνετε στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>Copied the reply to the clipboard.</source>
        <translation>Η απάντηση αντιγράφηκε στο πρόχειρο.</translation>
    </message>
    <message>
        <source>Your draft is held in the cool-off.</source>
        <translation>Η απάντησή σας περιμένει στο διάλειμμα ηρεμίας.</translation>
    </message>
    <message>
        <source>Before the cool-off: not known</source>
        <translation>Πριν από το διάλειμμα: άγνωστο</translation>
    </message>
    <message numerus="yes">
        <source>Before the cool-off: %1, %n finding(s)</source>
        <translation>
            <numerusform>Πριν από το διάλειμμα: %1, %n παρατήρηση</numerusform>
            <numerusform>Πριν από το διάλειμμα: %1, %n παρατηρήσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back. Rewrite it cool, then Copy reply.</source>
        <translation>Καλώς ήρθατε ξανά. Ξαναγράψτε την απάντηση με ψυχραιμία και μετά «Αντιγραφή απάντησης».</translation>
    </message>
    <message>
        <source>Not checked: there are no checking rules for %1 yet.</source>
        <translation>Δεν ελέγχθηκε: δεν υπάρχουν ακόμα κανόνες ελέγχου για τη γλώσσα %1.</translation>
    </message>
    <message>
        <source>Not checked: %1 needs its word analyser, which is not installed. Add it with “pip install %2” in Companion&apos;s environment, or run scripts/start.sh again.</source>
        <translation>Δεν ελέγχθηκε: η γλώσσα %1 χρειάζεται τον αναλυτή λέξεών της, που δεν είναι εγκατεστημένος. Προσθέστε τον με «pip install %2» στο περιβάλλον του Companion ή τρέξτε ξανά το scripts/start.sh.</translation>
    </message>
</context>
<context>
    <name>CheckSeverity</name>
    <message>
        <source>hint</source>
        <extracomment>Severity in words on each card, so colour is never the only sign.</extracomment>
        <translation>υπόδειξη</translation>
    </message>
    <message>
        <source>worth a look</source>
        <translation>αξίζει μια ματιά</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>σοβαρό</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>απότομο</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: %2 (see &apos;%1 --help&apos;)</source>
        <comment>a usage error; %2 is argparse&apos;s message</comment>
        <translation>%1: %2 (δείτε &apos;%1 --help&apos;)</translation>
    </message>
    <message>
        <source>Companion keeps a support agent&apos;s day in balance: log positive and negative interactions, check draft replies, cool off before a hard reply, keep a happy file, reframe negative feedback and reflect at the end of a shift. Run without a command to open the app. All data stays on this machine.</source>
        <translation>Το Companion κρατά σε ισορροπία τη μέρα όποιου δουλεύει στην εξυπηρέτηση πελατών: καταγράφετε θετικές και αρνητικές συνομιλίες, ελέγχετε απαντήσεις πριν τις στείλετε, κάνετε ένα διάλειμμα ηρεμίας πριν από μια δύσκολη απάντηση, κρατάτε φάκελο χαράς, βλέπετε αλλιώς την αρνητική κριτική και κάνετε απολογισμό στο τέλος της βάρδιας. Χωρίς εντολή ανοίγει η εφαρμογή. Όλα τα δεδομένα μένουν σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a check found a hard reply, 2 usage or input error.</source>
        <translation>Κωδικοί εξόδου: 0 εντάξει, 1 ο έλεγχος βρήκε απότομη απάντηση, 2 λάθος χρήση ή είσοδος.</translation>
    </message>
    <message>
        <source>open the window and quit as soon as it is shown (smoke tests, benchmarks)</source>
        <translation>άνοιγμα του παραθύρου και έξοδος μόλις εμφανιστεί (δοκιμές, μετρήσεις)</translation>
    </message>
    <message>
        <source>start in the tray without showing the window</source>
        <translation>εκκίνηση στην περιοχή ειδοποιήσεων, χωρίς παράθυρο</translation>
    </message>
    <message>
        <source>unexpected error (%1). Nothing you saved was lost; run again with COMPANION_DEBUG=1 to see the details.</source>
        <translation>απρόσμενο σφάλμα (%1). Δεν χάθηκε τίποτα από όσα αποθηκεύσατε· τρέξτε ξανά με COMPANION_DEBUG=1 για να δείτε λεπτομέρειες.</translation>
    </message>
    <message>
        <source>%1; nothing was sent to it, so this ran here instead.</source>
        <translation>%1· δεν του στάλθηκε τίποτα, οπότε η εντολή εκτελέστηκε εδώ.</translation>
    </message>
    <message>
        <source>the running Companion is another version and did nothing, so this ran here instead; quit Companion and start it again.</source>
        <translation>το Companion που τρέχει είναι άλλη έκδοση και δεν έκανε τίποτα, οπότε η εντολή εκτελέστηκε εδώ· κλείστε το Companion και ξεκινήστε το ξανά.</translation>
    </message>
    <message>
        <source>Companion did not answer and this could not be done here either; Companion may still do it when it wakes, so check with &apos;companion today&apos; before trying again.</source>
        <translation>Το Companion δεν απάντησε και η εντολή δεν έγινε ούτε εδώ· ίσως την εκτελέσει μόλις ανταποκριθεί, οπότε ελέγξτε με &apos;companion today&apos; πριν δοκιμάσετε ξανά.</translation>
    </message>
    <message>
        <source>Companion did not answer, so this was done here directly; its window catches up when it wakes.</source>
        <translation>Το Companion δεν απάντησε, οπότε η εντολή έγινε απευθείας εδώ· το παράθυρό του θα ενημερωθεί μόλις ανταποκριθεί.</translation>
    </message>
    <message>
        <source>%1; starting Companion, which takes it back.</source>
        <translation>%1· ξεκινά το Companion, που θα την αναλάβει.</translation>
    </message>
    <message>
        <source>another version of Companion is running; quit it, then start Companion again.</source>
        <translation>τρέχει άλλη έκδοση του Companion· κλείστε την και ξεκινήστε ξανά το Companion.</translation>
    </message>
    <message>
        <source>Companion is running but does not answer; its window comes forward when it does.</source>
        <translation>Το Companion τρέχει αλλά δεν απαντά· το παράθυρό του θα εμφανιστεί μόλις απαντήσει.</translation>
    </message>
    <message>
        <source>already running; brought its window forward.</source>
        <translation>τρέχει ήδη· το παράθυρό του ήρθε μπροστά.</translation>
    </message>
</context>
<context>
    <name>CliBackup</name>
    <message>
        <source>make a verified backup of your data now</source>
        <translation>δημιουργία ελεγμένου αντιγράφου ασφαλείας των δεδομένων σας τώρα</translation>
    </message>
    <message>
        <source>Copy the database into the backups folder beside it, check the copy, and keep the newest %L1. A damaged database is reported and never replaces a good backup. With --list, show the backups instead.</source>
        <translation>Αντιγράφει τη βάση δεδομένων στον φάκελο αντιγράφων δίπλα της, ελέγχει το αντίγραφο και κρατά τα %L1 πιο πρόσφατα. Μια κατεστραμμένη βάση αναφέρεται και δεν αντικαθιστά ποτέ ένα καλό αντίγραφο. Με --list εμφανίζει τα αντίγραφα.</translation>
    </message>
    <message>
        <source>list the backups, newest last</source>
        <translation>λίστα των αντιγράφων, με το πιο πρόσφατο στο τέλος</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>εμφάνιση σε JSON</translation>
    </message>
    <message>
        <source>bring back a backup (the newest good one by default)</source>
        <translation>επαναφορά αντιγράφου (προεπιλογή: το πιο πρόσφατο έγκυρο)</translation>
    </message>
    <message>
        <source>Replace your data with a backup: the newest one that passes its check, or the one named (a file name from &apos;companion backup --list&apos;, or a path). What the database held before is kept in backups/set-aside/. With the app running, it restores and its window shows the restored data at once.</source>
        <translation>Αντικαθιστά τα δεδομένα σας με ένα αντίγραφο: το πιο πρόσφατο που περνά τον έλεγχο ή αυτό που ορίζετε (όνομα αρχείου από το &apos;companion backup --list&apos; ή διαδρομή). Ό,τι είχε πριν η βάση φυλάγεται στο backups/set-aside/. Αν η εφαρμογή τρέχει, κάνει εκείνη την επαναφορά και το παράθυρό της δείχνει αμέσως τα δεδομένα που επανήλθαν.</translation>
    </message>
    <message>
        <source>the backup to restore (default: newest good)</source>
        <translation>το αντίγραφο για επαναφορά (προεπιλογή: το πιο πρόσφατο έγκυρο)</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>Δεν υπάρχουν ακόμα αντίγραφα στο %1.</translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation>Το αντίγραφο φτιάχτηκε και ελέγχθηκε: %1</translation>
    </message>
    <message>
        <source>Restored %1 (written %2 UTC).</source>
        <translation>Έγινε επαναφορά του %1 (δημιουργήθηκε %2 UTC).</translation>
    </message>
    <message>
        <source>What the database held before is kept in %1.</source>
        <translation>Ό,τι είχε πριν η βάση φυλάγεται στο %1.</translation>
    </message>
</context>
<context>
    <name>CliBatch</name>
    <message>
        <source>Give a FILE of JSON lines after --batch, or &apos;-&apos; for standard input.</source>
        <translation>Δώστε μετά το --batch ένα FILE με γραμμές JSON ή &apos;-&apos; για την τυπική είσοδο.</translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>hard reply</source>
        <translation>απότομη απάντηση</translation>
    </message>
    <message>
        <source>needs care</source>
        <translation>θέλει προσοχή</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>the verdict of a reply with nothing to change</comment>
        <translation>εντάξει</translation>
    </message>
    <message>
        <source>check a draft reply (a file, &apos;-&apos; for standard input, or --clipboard)</source>
        <translation>έλεγχος απάντησης (αρχείο, &apos;-&apos; για την τυπική είσοδο ή --clipboard)</translation>
    </message>
    <message>
        <source>Check a draft reply for what may hurt it: a flat no, blame, can&apos;t without can, absolutes, policy without the why, jargon, length, shouting, dismissive words, insults, and a missing acknowledgement or next step. Exit 0 for ok or needs care, 1 for a hard reply, 2 for usage or input errors.</source>
        <translation>Ελέγχει μια απάντηση για ό,τι μπορεί να τη χαλάσει: σκέτο «όχι», ευθύνη στον πελάτη, «δεν μπορώ» χωρίς «μπορώ», απόλυτες εκφράσεις, πολιτική χωρίς το «γιατί», ορολογία, μήκος, φωνές, υποτιμητικό ύφος, προσβολές, και αν λείπει η αναγνώριση ή το επόμενο βήμα. Έξοδος 0 για «εντάξει» ή «θέλει προσοχή», 1 για απότομη απάντηση, 2 για λάθος χρήση ή είσοδο.</translation>
    </message>
    <message>
        <source>a text file, or &apos;-&apos; for stdin</source>
        <translation>αρχείο κειμένου ή &apos;-&apos; για την τυπική είσοδο</translation>
    </message>
    <message>
        <source>check the text on the clipboard</source>
        <translation>έλεγχος του κειμένου στο πρόχειρο</translation>
    </message>
    <message>
        <source>check many replies: JSON lines {id, text, lang} from FILE (&apos;-&apos;: standard input), one JSON result per line with its id (not counted in today&apos;s numbers)</source>
        <translation>έλεγχος πολλών απαντήσεων: γραμμές JSON {id, text, lang} από το FILE (&apos;-&apos;: τυπική είσοδος), ένα αποτέλεσμα JSON ανά γραμμή με το id του (δεν μετράει στα σημερινά νούμερα)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>εμφάνιση του αποτελέσματος σε JSON</translation>
    </message>
    <message>
        <source>language of the reply: en, ko, ja or el (default: the language it is written in)</source>
        <translation>γλώσσα της απάντησης: en, ko, ja ή el (προεπιλογή: η γλώσσα στην οποία είναι γραμμένη)</translation>
    </message>
    <message>
        <source>Give a FILE to check, &apos;-&apos; to read standard input, or --clipboard.</source>
        <translation>Δώστε ένα FILE για έλεγχο, &apos;-&apos; για ανάγνωση από την τυπική είσοδο ή --clipboard.</translation>
    </message>
    <message>
        <source>The clipboard holds an image, not text: copy the reply&apos;s text.</source>
        <translation>Στο πρόχειρο υπάρχει εικόνα, όχι κείμενο: αντιγράψτε το κείμενο της απάντησης.</translation>
    </message>
    <message>
        <source>There is no text on the clipboard: copy the reply first.</source>
        <translation>Δεν υπάρχει κείμενο στο πρόχειρο: αντιγράψτε πρώτα την απάντηση.</translation>
    </message>
    <message>
        <source>reply</source>
        <comment>a finding about the whole reply</comment>
        <translation>απάντηση</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>words quoted from the reply</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source> — try: “%1”</source>
        <translation> — δοκιμάστε: «%1»</translation>
    </message>
    <message>
        <source> — try: leave those words out</source>
        <translation> — δοκιμάστε: βγάλτε αυτές τις λέξεις</translation>
    </message>
    <message>
        <source>Verdict: %1 (score %2, one finding)</source>
        <translation>Αποτέλεσμα: %1 (βαθμός %2, μία παρατήρηση)</translation>
    </message>
    <message>
        <source>Verdict: %1 (score %2, %L3 findings)</source>
        <translation>Αποτέλεσμα: %1 (βαθμός %2, %L3 παρατηρήσεις)</translation>
    </message>
    <message>
        <source>this text is written in %1, but was checked with the %2 rules as asked; leave out --lang to check it in its own language.</source>
        <translation>το κείμενο είναι γραμμένο στα %1, αλλά ελέγχθηκε με τους κανόνες για %2, όπως ζητήθηκε· για έλεγχο στη γλώσσα του, παραλείψτε το --lang.</translation>
    </message>
    <message>
        <source>Give --batch FILE on its own, without FILE, &apos;-&apos; or --clipboard.</source>
        <translation>Δώστε το --batch FILE μόνο του, χωρίς FILE, &apos;-&apos; ή --clipboard.</translation>
    </message>
    <message>
        <source>Give a FILE, &apos;-&apos; or --clipboard, not both.</source>
        <translation>Δώστε FILE, &apos;-&apos; ή --clipboard, όχι και τα δύο.</translation>
    </message>
    <message>
        <source>the check was not counted in today&apos;s numbers (%1).</source>
        <translation>ο έλεγχος δεν μετρήθηκε στα σημερινά νούμερα (%1).</translation>
    </message>
    <message>
        <source>some bytes were not UTF-8; they are shown as �.</source>
        <translation>κάποια bytes δεν ήταν UTF-8· εμφανίζονται ως �.</translation>
    </message>
    <message>
        <source>the text is long; only the first %L1 characters were checked.</source>
        <translation>το κείμενο είναι μεγάλο· ελέγχθηκαν μόνο οι πρώτοι %L1 χαρακτήρες.</translation>
    </message>
</context>
<context>
    <name>CliCompletion</name>
    <message>
        <source>print a shell completion script (bash, zsh or fish)</source>
        <translation>εμφάνιση σεναρίου συμπλήρωσης για το κέλυφος (bash, zsh ή fish)</translation>
    </message>
    <message>
        <source>Print a script that completes companion&apos;s commands, options and choices in your shell. For bash: companion completion bash &gt; ~/.local/share/bash-completion/completions/companion; for zsh: eval &quot;$(companion completion zsh)&quot; in ~/.zshrc; for fish: companion completion fish &gt; ~/.config/fish/completions/companion.fish.</source>
        <translation>Εμφανίζει ένα σενάριο που συμπληρώνει στο κέλυφός σας τις εντολές, τις επιλογές και τις τιμές του companion. Για bash: companion completion bash &gt; ~/.local/share/bash-completion/completions/companion· για zsh: eval &quot;$(companion completion zsh)&quot; στο ~/.zshrc· για fish: companion completion fish &gt; ~/.config/fish/completions/companion.fish.</translation>
    </message>
    <message>
        <source>the shell to complete in</source>
        <translation>το κέλυφος για τη συμπλήρωση</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>the output could not be written (%1).</source>
        <translation>δεν ήταν δυνατή η εγγραφή της εξόδου (%1).</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Τυπική είσοδος</translation>
    </message>
    <message>
        <source>There is no standard input to read.</source>
        <translation>Δεν υπάρχει τυπική είσοδος για ανάγνωση.</translation>
    </message>
</context>
<context>
    <name>CliDesktop</name>
    <message>
        <source>add Companion to the desktop&apos;s app launcher, or remove it</source>
        <translation>προσθήκη του Companion στο μενού εφαρμογών ή αφαίρεσή του</translation>
    </message>
    <message>
        <source>Add Companion to the app launcher of a Linux desktop (a freedesktop .desktop file, its icon and AppStream metadata in your data folder, ~/.local/share), or remove it. The launcher&apos;s menu offers Log positive, Log negative and Check clipboard, which the desktop&apos;s keyboard settings can bind to keys. The launcher starts Companion as this command was started.</source>
        <translation>Προσθέτει το Companion στο μενού εφαρμογών μιας επιφάνειας εργασίας Linux (ένα αρχείο .desktop του freedesktop, το εικονίδιό του και μεταδεδομένα AppStream στον φάκελο δεδομένων σας, ~/.local/share) ή το αφαιρεί. Το μενού του προσφέρει «Θετική συνομιλία», «Αρνητική συνομιλία» και «Έλεγχος προχείρου», στις οποίες οι ρυθμίσεις πληκτρολογίου μπορούν να δώσουν πλήκτρα. Το μενού ξεκινά το Companion με τον ίδιο τρόπο που ξεκίνησε αυτή η εντολή.</translation>
    </message>
    <message>
        <source>add the launcher, icon and metadata (replacing older ones)</source>
        <translation>προσθήκη της καταχώρισης, του εικονιδίου και των μεταδεδομένων (αντικαθιστά τα παλιότερα)</translation>
    </message>
    <message>
        <source>remove what &apos;desktop install&apos; added</source>
        <translation>αφαίρεση όσων πρόσθεσε το &apos;desktop install&apos;</translation>
    </message>
    <message>
        <source>The app launcher entry is for Linux desktops; on Windows and macOS start Companion from where you installed it (and turn on start at login in Settings).</source>
        <translation>Η καταχώριση στο μενού εφαρμογών υπάρχει μόνο σε Linux· σε Windows και macOS ξεκινήστε το Companion από εκεί όπου το εγκαταστήσατε (και ενεργοποιήστε την εκκίνηση κατά τη σύνδεση στις Ρυθμίσεις).</translation>
    </message>
    <message>
        <source>Added Companion to the app launcher: %1</source>
        <translation>Το Companion προστέθηκε στο μενού εφαρμογών: %1</translation>
    </message>
    <message>
        <source>Its menu has Log positive, Log negative and Check clipboard; bind them to keys in your desktop&apos;s keyboard settings.</source>
        <translation>Το μενού του έχει «Θετική συνομιλία», «Αρνητική συνομιλία» και «Έλεγχος προχείρου»· δώστε τους πλήκτρα από τις ρυθμίσεις πληκτρολογίου.</translation>
    </message>
    <message>
        <source>Companion was not in the app launcher; nothing to remove.</source>
        <translation>Το Companion δεν ήταν στο μενού εφαρμογών· δεν υπάρχει κάτι για αφαίρεση.</translation>
    </message>
    <message>
        <source>Removed Companion from the app launcher (1 file).</source>
        <translation>Το Companion αφαιρέθηκε από το μενού εφαρμογών (1 αρχείο).</translation>
    </message>
    <message>
        <source>Removed Companion from the app launcher (%L1 files).</source>
        <translation>Το Companion αφαιρέθηκε από το μενού εφαρμογών (%L1 αρχεία).</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Δεν υπάρχει το αρχείο %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>Το %1 είναι φάκελος, όχι αρχείο.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>Το %1 δεν είναι κείμενο UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not text (it holds binary data).</source>
        <translation>Το %1 δεν είναι κείμενο (περιέχει δυαδικά δεδομένα).</translation>
    </message>
    <message>
        <source>%1 is too large: Companion reads at most %2.</source>
        <translation>Το %1 είναι πολύ μεγάλο: το Companion διαβάζει έως %2.</translation>
    </message>
    <message>
        <source>%1 is Companion&apos;s own database, not a text file.</source>
        <translation>Το %1 είναι η βάση δεδομένων του ίδιου του Companion, όχι αρχείο κειμένου.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>There is no standard input to read.</source>
        <translation>Δεν υπάρχει τυπική είσοδος για ανάγνωση.</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>Η σημείωση είναι πολύ μεγάλη (%1 χαρακτήρες· έως %2).</translation>
    </message>
    <message>
        <source>The topic is too long (at most %1 characters).</source>
        <translation>Το θέμα είναι πολύ μεγάλο (έως %1 χαρακτήρες).</translation>
    </message>
    <message>
        <source>The quote is too long (at most %1 characters).</source>
        <translation>Το απόσπασμα είναι πολύ μεγάλο (έως %1 χαρακτήρες).</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>Η σημείωση είναι πολύ μεγάλη (έως %1 χαρακτήρες).</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1: πολύ μεγάλο κείμενο (%2 χαρακτήρες· έως %3).</translation>
    </message>
    <message>
        <source>There is nothing to save: the quote is empty and there is no image.</source>
        <translation>Δεν υπάρχει κάτι για αποθήκευση: το απόσπασμα είναι κενό και δεν υπάρχει εικόνα.</translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore.</source>
        <translation>Δεν υπάρχει αντίγραφο ασφαλείας στο %1 για επαναφορά.</translation>
    </message>
    <message>
        <source>There is no good backup in %1 to restore.</source>
        <translation>Δεν υπάρχει έγκυρο αντίγραφο ασφαλείας στο %1 για επαναφορά.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Δεν υπάρχει το αντίγραφο ασφαλείας %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was changed.</source>
        <translation>Το αντίγραφο %1 είναι κατεστραμμένο (%2)· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>Το διάστημα τελειώνει (%1) πριν αρχίσει (%2).</translation>
    </message>
    <message>
        <source>Export at most ten years at a time.</source>
        <translation>Η εξαγωγή γίνεται για έως δέκα χρόνια τη φορά.</translation>
    </message>
    <message>
        <source>Not checked: there are no checking rules for %1 yet.</source>
        <translation>Δεν ελέγχθηκε: δεν υπάρχουν ακόμα κανόνες ελέγχου για τα %1.</translation>
    </message>
    <message>
        <source>Not checked: %1 needs its word analyser, which is not installed. Add it with “pip install %2” in Companion&apos;s environment, or run scripts/start.sh again.</source>
        <translation>Δεν ελέγχθηκε: τα %1 χρειάζονται τον μορφολογικό αναλυτή τους, που δεν είναι εγκατεστημένος. Εγκαταστήστε τον με «pip install %2» στο περιβάλλον του Companion ή τρέξτε ξανά το scripts/start.sh.</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>export your data (happy file, reflections, …) to a file</source>
        <translation>εξαγωγή των δεδομένων σας (φάκελος χαράς, απολογισμοί, …) σε αρχείο</translation>
    </message>
    <message>
        <source>Export one subject to Markdown, HTML, JSON or CSV. Prints to standard output unless -o FILE is given.</source>
        <translation>Εξάγει ένα θέμα σε Markdown, HTML, JSON ή CSV. Γράφει στην τυπική έξοδο, εκτός αν δοθεί -o FILE.</translation>
    </message>
    <message>
        <source>import a file exported before (happy file, …)</source>
        <translation>εισαγωγή αρχείου που εξήχθη παλιότερα (φάκελος χαράς, …)</translation>
    </message>
    <message>
        <source>Import a JSON export back. Entries you already have are skipped, so importing the same file twice changes nothing.</source>
        <translation>Εισάγει ξανά μια εξαγωγή JSON. Ό,τι έχετε ήδη παραλείπεται, οπότε αν εισαγάγετε το ίδιο αρχείο δύο φορές δεν αλλάζει τίποτα.</translation>
    </message>
    <message>
        <source>Give a file name after -o, or &apos;-&apos; for standard output.</source>
        <translation>Δώστε όνομα αρχείου μετά το -o ή &apos;-&apos; για την τυπική έξοδο.</translation>
    </message>
    <message>
        <source>Give the file to import, or &apos;-&apos; for standard input.</source>
        <translation>Δώστε το αρχείο για εισαγωγή ή &apos;-&apos; για την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>εγγραφή στο FILE αντί για την τυπική έξοδο</translation>
    </message>
</context>
<context>
    <name>CliHappy</name>
    <message>
        <source>1 e-mail</source>
        <translation>1 e-mail</translation>
    </message>
    <message>
        <source>%L1 e-mails</source>
        <translation>%L1 e-mail</translation>
    </message>
    <message>
        <source>1 phone number</source>
        <translation>1 αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>%L1 phone numbers</source>
        <translation>%L1 αριθμοί τηλεφώνου</translation>
    </message>
    <message>
        <source>1 card number</source>
        <translation>1 αριθμός κάρτας</translation>
    </message>
    <message>
        <source>%L1 card numbers</source>
        <translation>%L1 αριθμοί κάρτας</translation>
    </message>
    <message>
        <source>1 order number</source>
        <translation>1 αριθμός παραγγελίας</translation>
    </message>
    <message>
        <source>%L1 order numbers</source>
        <translation>%L1 αριθμοί παραγγελίας</translation>
    </message>
    <message>
        <source>keep customer messages that made your day, and find them again</source>
        <translation>φυλάξτε τα μηνύματα πελατών που σας έφτιαξαν τη μέρα, και βρείτε τα ξανά</translation>
    </message>
    <message>
        <source>Your happy file (P1.2): lovely customer messages, kept to read on a bad day.</source>
        <translation>Ο φάκελος χαράς σας (P1.2): όμορφα μηνύματα πελατών, φυλαγμένα για να τα διαβάζετε τις δύσκολες μέρες.</translation>
    </message>
    <message>
        <source>save a quote (text, &apos;-&apos; for standard input, or --clipboard)</source>
        <translation>αποθήκευση αποσπάσματος (κείμενο, &apos;-&apos; για την τυπική είσοδο ή --clipboard)</translation>
    </message>
    <message>
        <source>Save a customer quote. E-mail addresses, phone numbers, card numbers and order/account numbers are hidden before saving unless you pass --no-redact.</source>
        <translation>Αποθηκεύει ένα απόσπασμα πελάτη. Διευθύνσεις e-mail, τηλέφωνα, αριθμοί κάρτας και αριθμοί παραγγελίας/λογαριασμού κρύβονται πριν από την αποθήκευση, εκτός αν δώσετε --no-redact.</translation>
    </message>
    <message>
        <source>the quote, or &apos;-&apos; to read standard input</source>
        <translation>το απόσπασμα ή &apos;-&apos; για ανάγνωση από την τυπική είσοδο</translation>
    </message>
    <message>
        <source>use the clipboard</source>
        <translation>χρήση του προχείρου</translation>
    </message>
    <message>
        <source>why it made your day</source>
        <translation>γιατί σας έφτιαξε τη μέρα</translation>
    </message>
    <message>
        <source>a tag (repeat for more than one)</source>
        <translation>μια ετικέτα (επαναλάβετε για περισσότερες)</translation>
    </message>
    <message>
        <source>star it as a favourite</source>
        <translation>προσθήκη στα αγαπημένα</translation>
    </message>
    <message>
        <source>keep the text exactly as it is for this entry</source>
        <translation>το κείμενο μένει ακριβώς όπως είναι σε αυτή την καταχώριση</translation>
    </message>
    <message>
        <source>search quotes, notes and tags</source>
        <translation>αναζήτηση σε αποσπάσματα, σημειώσεις και ετικέτες</translation>
    </message>
    <message>
        <source>Search your happy file. The query is plain words; every word must match.</source>
        <translation>Αναζήτηση στον φάκελο χαράς σας. Γράψτε απλές λέξεις· πρέπει να ταιριάζουν όλες.</translation>
    </message>
    <message>
        <source>words to look for (prefixes match)</source>
        <translation>λέξεις για αναζήτηση (ταιριάζουν και οι αρχές λέξεων)</translation>
    </message>
    <message>
        <source>only entries with this tag</source>
        <translation>μόνο καταχωρίσεις με αυτή την ετικέτα</translation>
    </message>
    <message>
        <source>only starred entries</source>
        <translation>μόνο τα αγαπημένα</translation>
    </message>
    <message>
        <source>at most this many (default 50)</source>
        <translation>το πολύ τόσες (προεπιλογή 50)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>εμφάνιση σε JSON</translation>
    </message>
    <message>
        <source>lift me up: one entry at random, starred ones more often</source>
        <translation>φτιάξε μου τη διάθεση: μία καταχώριση στην τύχη, πιο συχνά από τα αγαπημένα</translation>
    </message>
    <message>
        <source>the happy file as Markdown, HTML (for a kudos post) or JSON</source>
        <translation>ο φάκελος χαράς σε Markdown, HTML (για τα εύσημα της ομάδας) ή JSON</translation>
    </message>
    <message>
        <source>Export the happy file. HTML is one self-contained page (images included) to share in a team kudos post; JSON keeps everything, your own phrases included, and can be imported back.</source>
        <translation>Εξαγωγή του φακέλου χαράς. Το HTML είναι μία αυτόνομη σελίδα (μαζί με τις εικόνες) για να τη μοιραστείτε στα εύσημα της ομάδας· το JSON κρατά τα πάντα, και τις δικές σας φράσεις, και μπορεί να εισαχθεί ξανά.</translation>
    </message>
    <message>
        <source>only entries matching these words</source>
        <translation>μόνο καταχωρίσεις που ταιριάζουν με αυτές τις λέξεις</translation>
    </message>
    <message>
        <source>a happy file JSON export</source>
        <translation>εξαγωγή JSON του φακέλου χαράς</translation>
    </message>
    <message>
        <source>Import a happy file JSON export; entries you already have are skipped.</source>
        <translation>Εισαγωγή μιας εξαγωγής JSON του φακέλου χαράς· ό,τι έχετε ήδη παραλείπεται.</translation>
    </message>
    <message>
        <source>the JSON file (&apos;-&apos; for standard input)</source>
        <translation>το αρχείο JSON (&apos;-&apos; για την τυπική είσοδο)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>το %1 δεν είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>must be 1 or more, not %1</source>
        <translation>πρέπει να είναι 1 ή περισσότερο, όχι %1</translation>
    </message>
    <message>
        <source>(screenshot)</source>
        <translation>(στιγμιότυπο οθόνης)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of data hidden</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Give the quote as text, &apos;-&apos; to read standard input, or --clipboard.</source>
        <translation>Δώστε το απόσπασμα ως κείμενο, &apos;-&apos; για ανάγνωση από την τυπική είσοδο ή --clipboard.</translation>
    </message>
    <message>
        <source>That is not text (it holds binary data); nothing was saved.</source>
        <translation>Αυτό δεν είναι κείμενο (περιέχει δυαδικά δεδομένα)· δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>There is nothing to save: the quote is empty.</source>
        <translation>Δεν υπάρχει κάτι για αποθήκευση: το απόσπασμα είναι κενό.</translation>
    </message>
    <message>
        <source>Saved to your happy file (#%1).</source>
        <translation>Αποθηκεύτηκε στον φάκελο χαράς σας (#%1).</translation>
    </message>
    <message>
        <source> Hidden: %1.</source>
        <translation> Κρύφτηκαν: %1.</translation>
    </message>
    <message>
        <source> The text was long, so only the first %L1 characters were kept.</source>
        <translation> Το κείμενο ήταν μεγάλο, γι&apos; αυτό κρατήθηκαν μόνο οι πρώτοι %L1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Δεν βρέθηκε τίποτα.</translation>
    </message>
    <message>
        <source>Your happy file is empty.</source>
        <translation>Ο φάκελος χαράς σας είναι άδειος.</translation>
    </message>
    <message>
        <source>Your happy file is empty. Save a kind message with &apos;companion happy add&apos;.</source>
        <translation>Ο φάκελος χαράς σας είναι άδειος. Αποθηκεύστε ένα όμορφο μήνυμα με &apos;companion happy add&apos;.</translation>
    </message>
    <message>
        <source>(a screenshot; open Companion to see it)</source>
        <translation>(στιγμιότυπο οθόνης· ανοίξτε το Companion για να το δείτε)</translation>
    </message>
    <message>
        <source>  — why it made my day: %1</source>
        <translation>  — γιατί μου έφτιαξε τη μέρα: %1</translation>
    </message>
    <message>
        <source>Exported 1 entry to %2.</source>
        <translation>Έγινε εξαγωγή 1 καταχώρισης στο %2.</translation>
    </message>
    <message>
        <source>Exported %L1 entries to %2.</source>
        <translation>Έγινε εξαγωγή %L1 καταχωρίσεων στο %2.</translation>
    </message>
    <message>
        <source>Imported 1 new entry, %L2 already there.</source>
        <translation>Εισήχθη 1 νέα καταχώριση· %L2 υπήρχαν ήδη.</translation>
    </message>
    <message>
        <source>Imported %L1 new entries, %L2 already there.</source>
        <translation>Εισήχθησαν %L1 νέες καταχωρίσεις· %L2 υπήρχαν ήδη.</translation>
    </message>
    <message>
        <source> Phrases: %L1 new, %L2 already there.</source>
        <translation> Φράσεις: %L1 νέες, %L2 υπήρχαν ήδη.</translation>
    </message>
</context>
<context>
    <name>CliPhrases</name>
    <message>
        <source>search the phrasebook and your own rehearsed answers</source>
        <translation>αναζήτηση στις φράσεις και στις δικές σας έτοιμες απαντήσεις</translation>
    </message>
    <message>
        <source>Phrases for support replies by category (P4, P3.3, P3.6, P5.1, P5.4) and your own entries. The query is plain words.</source>
        <translation>Φράσεις για απαντήσεις υποστήριξης ανά κατηγορία (P4, P3.3, P3.6, P5.1, P5.4) και οι δικές σας. Γράψτε απλές λέξεις.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>λέξεις για αναζήτηση</translation>
    </message>
    <message>
        <source>only this category</source>
        <translation>μόνο αυτή η κατηγορία</translation>
    </message>
    <message>
        <source>the phrasebook of this language (default: the interface&apos;s)</source>
        <translation>οι φράσεις αυτής της γλώσσας (προεπιλογή: της εφαρμογής)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>εμφάνιση σε JSON</translation>
    </message>
    <message>
        <source>No phrases match.</source>
        <translation>Καμία φράση δεν ταιριάζει.</translation>
    </message>
    <message>
        <source>When they say: %1</source>
        <translation>Όταν λένε: %1</translation>
    </message>
</context>
<context>
    <name>CliRatio</name>
    <message>
        <source>above target</source>
        <translation>πάνω από τον στόχο</translation>
    </message>
    <message>
        <source>at target</source>
        <translation>στον στόχο</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>κάτω από τον στόχο</translation>
    </message>
    <message>
        <source>log an interaction as positive (+) or negative (-)</source>
        <translation>καταγραφή συνομιλίας ως θετικής (+) ή αρνητικής (-)</translation>
    </message>
    <message>
        <source>Log one interaction. With the app running, its window and tray update at once.</source>
        <translation>Καταγράφει μία συνομιλία. Αν η εφαρμογή τρέχει, το παράθυρο και το εικονίδιό της ενημερώνονται αμέσως.</translation>
    </message>
    <message>
        <source>+ for positive, - for negative</source>
        <translation>+ για θετική, - για αρνητική</translation>
    </message>
    <message>
        <source>what it was about, e.g. &quot;billing&quot; (optional)</source>
        <translation>τι αφορούσε, π.χ. &quot;χρεώσεις&quot; (προαιρετικό)</translation>
    </message>
    <message>
        <source>a one-line note (optional)</source>
        <translation>σημείωση μίας γραμμής (προαιρετικό)</translation>
    </message>
    <message>
        <source>undo today&apos;s last log</source>
        <translation>αναίρεση της τελευταίας σημερινής καταγραφής</translation>
    </message>
    <message>
        <source>today&apos;s counts and ratio against the target</source>
        <translation>τα σημερινά νούμερα και η αναλογία σε σχέση με τον στόχο</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>εμφάνιση σε JSON</translation>
    </message>
    <message>
        <source>no logs yet (target %1)</source>
        <translation>καμία καταγραφή ακόμα (στόχος %1)</translation>
    </message>
    <message>
        <source>+%1 / -%2  ratio %3  target %4  %5</source>
        <translation>+%1 / -%2  αναλογία %3  στόχος %4  %5</translation>
    </message>
    <message>
        <source> (1 more positive to reach it)</source>
        <translation> (ακόμα 1 θετική για τον στόχο)</translation>
    </message>
    <message>
        <source> (%L1 more positives to reach it)</source>
        <translation> (ακόμα %L1 θετικές για τον στόχο)</translation>
    </message>
    <message>
        <source>Logged positive. Today: %1</source>
        <translation>Καταγράφηκε θετική. Σήμερα: %1</translation>
    </message>
    <message>
        <source>Logged negative. Today: %1</source>
        <translation>Καταγράφηκε αρνητική. Σήμερα: %1</translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation>Δεν υπάρχει κάτι για αναίρεση σήμερα.</translation>
    </message>
    <message>
        <source>Removed the last positive log. Today: %1</source>
        <translation>Αφαιρέθηκε η τελευταία θετική. Σήμερα: %1</translation>
    </message>
    <message>
        <source>Removed the last negative log. Today: %1</source>
        <translation>Αφαιρέθηκε η τελευταία αρνητική. Σήμερα: %1</translation>
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
        <translation>ο απολογισμός βάρδιας: εμφάνιση μιας μέρας ή γράψιμο του σημερινού</translation>
    </message>
    <message>
        <source>One reflection per day (P1.6), beside the day&apos;s numbers.</source>
        <translation>Ένας απολογισμός τη μέρα (P1.6), δίπλα στα νούμερα της ημέρας.</translation>
    </message>
    <message>
        <source>a day&apos;s numbers and reflection (today by default)</source>
        <translation>τα νούμερα και ο απολογισμός μιας μέρας (προεπιλογή: σήμερα)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD (προεπιλογή: σήμερα)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>εμφάνιση σε JSON</translation>
    </message>
    <message>
        <source>write today&apos;s reflection (again: updates it)</source>
        <translation>γράψιμο του σημερινού απολογισμού (ξανά: τον ενημερώνει)</translation>
    </message>
    <message>
        <source>Write today&apos;s reflection. Saving again the same day updates the entry; answers you leave out keep what was saved before.</source>
        <translation>Γράφει τον σημερινό απολογισμό. Αν αποθηκεύσετε ξανά την ίδια μέρα, ενημερώνεται· όσες απαντήσεις παραλείψετε κρατούν ό,τι είχε αποθηκευτεί.</translation>
    </message>
    <message>
        <source>1 (low) to 5 (high)</source>
        <translation>1 (χαμηλή) έως 5 (υψηλή)</translation>
    </message>
    <message>
        <source>what went well</source>
        <translation>τι πήγε καλά</translation>
    </message>
    <message>
        <source>the hardest moment</source>
        <translation>η πιο δύσκολη στιγμή</translation>
    </message>
    <message>
        <source>one thing to improve</source>
        <translation>κάτι να βελτιώσω</translation>
    </message>
    <message>
        <source>a free note</source>
        <translation>ελεύθερη σημείωση</translation>
    </message>
    <message>
        <source>reflections with the day&apos;s numbers, as Markdown or CSV</source>
        <translation>οι απολογισμοί με τα νούμερα κάθε μέρας, σε Markdown ή CSV</translation>
    </message>
    <message>
        <source>Export reflections and each day&apos;s numbers. Days with a reflection or any log in the range are included. Unknown numbers are &apos;—&apos; in Markdown and empty in CSV.</source>
        <translation>Εξαγωγή των απολογισμών και των νούμερων κάθε μέρας. Περιλαμβάνονται οι μέρες του διαστήματος με απολογισμό ή καταγραφές. Ό,τι δεν είναι γνωστό φαίνεται ως &apos;—&apos; στο Markdown και μένει κενό στο CSV.</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>πρώτη μέρα, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>τελευταία μέρα (προεπιλογή: σήμερα)</translation>
    </message>
    <message>
        <source>start the CSV with a byte order mark, so Excel reads it as UTF-8</source>
        <translation>το CSV ξεκινά με BOM, ώστε το Excel να το διαβάζει ως UTF-8</translation>
    </message>
    <message>
        <source>%1 is not a day; write it as YYYY-MM-DD.</source>
        <translation>Το %1 δεν είναι ημερομηνία· γράψτε τη ως YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is outside the years %2–%3.</source>
        <translation>Το %1 είναι εκτός των ετών %2–%3.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <comment>a label and its value</comment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>No reflection for this day yet.</source>
        <translation>Δεν υπάρχει ακόμα απολογισμός γι&apos; αυτή τη μέρα.</translation>
    </message>
    <message>
        <source>  Mood: %1   Energy: %2</source>
        <translation>  Διάθεση: %1   Ενέργεια: %2</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Τι πήγε καλά</translation>
    </message>
    <message>
        <source>Hardest moment</source>
        <translation>Η πιο δύσκολη στιγμή</translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation>Κάτι να βελτιώσω</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a heading before the text</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>no logs (target %1)</source>
        <translation>καμία καταγραφή (στόχος %1)</translation>
    </message>
    <message>
        <source>%1 (target %2, %3)</source>
        <translation>%1 (στόχος %2, %3)</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Θετικές</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Αρνητικές</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Αναλογία</translation>
    </message>
    <message>
        <source>Replies checked</source>
        <translation>Απαντήσεις που ελέγχθηκαν</translation>
    </message>
    <message>
        <source>Cool-offs taken</source>
        <translation>Διαλείμματα που έγιναν</translation>
    </message>
    <message>
        <source>Cool-offs skipped</source>
        <translation>Διαλείμματα που παραλείφθηκαν</translation>
    </message>
    <message>
        <source>Happy-file entries added</source>
        <translation>Νέα μηνύματα στον φάκελο χαράς</translation>
    </message>
    <message>
        <source>Updated the reflection for %1.</source>
        <translation>Ο απολογισμός (%1) ενημερώθηκε.</translation>
    </message>
    <message>
        <source>Saved the reflection for %1.</source>
        <translation>Ο απολογισμός (%1) αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>--bom is for --format csv (Excel needs it; Markdown does not).</source>
        <translation>Το --bom είναι για --format csv (το χρειάζεται το Excel, όχι το Markdown).</translation>
    </message>
    <message>
        <source>Exported 1 day to %2.</source>
        <translation>Έγινε εξαγωγή 1 ημέρας στο %2.</translation>
    </message>
    <message>
        <source>Exported %L1 days to %2.</source>
        <translation>Έγινε εξαγωγή %L1 ημερών στο %2.</translation>
    </message>
</context>
<context>
    <name>CliReframe</name>
    <message>
        <source>Permanent → is this temporary?</source>
        <translation>Μόνιμο → είναι κάτι προσωρινό;</translation>
    </message>
    <message>
        <source>Pervasive → is it about one specific thing?</source>
        <translation>Γενικευμένο → αφορά ένα συγκεκριμένο πράγμα;</translation>
    </message>
    <message>
        <source>Personal → is it really about you?</source>
        <translation>Προσωπικό → αφορά πραγματικά εσάς;</translation>
    </message>
    <message>
        <source>find permanent, pervasive and personal wording in a thought</source>
        <translation>εντοπισμός μόνιμων, γενικευμένων και προσωπικών διατυπώσεων σε μια σκέψη</translation>
    </message>
    <message>
        <source>The reframe guide&apos;s word check (P1.5). The guide itself is in the app.</source>
        <translation>Ο έλεγχος λέξεων του οδηγού «Άλλη ματιά» (P1.5). Ο ίδιος ο οδηγός είναι στην εφαρμογή.</translation>
    </message>
    <message>
        <source>mark permanent, pervasive and personal words and suggest reframes</source>
        <translation>σημείωση μόνιμων, γενικευμένων και προσωπικών λέξεων, με προτάσεις για άλλη ματιά</translation>
    </message>
    <message>
        <source>Mark the words that make a thought permanent (always, never), pervasive (everyone, nothing) or personal (I&apos;m useless, my fault), and suggest a reframe for each. Quoted text (lines starting with &gt; or words in quotation marks) is skipped.</source>
        <translation>Σημειώνει τις λέξεις που κάνουν μια σκέψη μόνιμη (πάντα, ποτέ), γενικευμένη (όλοι, τίποτα) ή προσωπική (είμαι άχρηστος, φταίω εγώ) και προτείνει για καθεμιά μια άλλη ματιά. Το κείμενο σε παράθεση (γραμμές που ξεκινούν με &gt; ή λέξεις σε εισαγωγικά) παραλείπεται.</translation>
    </message>
    <message>
        <source>the thought; &apos;-&apos; or nothing reads standard input</source>
        <translation>η σκέψη· με &apos;-&apos; ή χωρίς τίποτα διαβάζεται η τυπική είσοδος</translation>
    </message>
    <message>
        <source>many thoughts: JSON lines {id, text} from FILE (&apos;-&apos;: standard input), one JSON result per line with its id</source>
        <translation>πολλές σκέψεις: γραμμές JSON {id, text} από το FILE (&apos;-&apos;: τυπική είσοδος), ένα αποτέλεσμα JSON ανά γραμμή με το id του</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>εμφάνιση σε JSON</translation>
    </message>
    <message>
        <source>language of the thought: en, ko, ja or el (default: the language it is written in)</source>
        <translation>γλώσσα της σκέψης: en, ko, ja ή el (προεπιλογή: η γλώσσα στην οποία είναι γραμμένη)</translation>
    </message>
    <message>
        <source>Nothing to read: the thought is empty.</source>
        <translation>Δεν υπάρχει σκέψη για ανάγνωση: το κείμενο είναι κενό.</translation>
    </message>
    <message>
        <source>Not read: the reframe guide has no word lists for %1 yet.</source>
        <translation>Δεν διαβάστηκε: ο οδηγός «Άλλη ματιά» δεν έχει ακόμα λίστες λέξεων για τη γλώσσα %1.</translation>
    </message>
    <message>
        <source>Give --batch FILE on its own, without a thought.</source>
        <translation>Δώστε το --batch FILE μόνο του, χωρίς σκέψη.</translation>
    </message>
    <message>
        <source>No permanent, pervasive or personal wording found.</source>
        <translation>Δεν βρέθηκε μόνιμη, γενικευμένη ή προσωπική διατύπωση.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>words quoted from the thought</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>  Try: %1</source>
        <translation>  Δοκιμάστε: %1</translation>
    </message>
</context>
<context>
    <name>ClipboardWatcher</name>
    <message>
        <source>Copied reply: %1</source>
        <extracomment>Clipboard watching only looks at the start of very long texts. A copy settles this long before it is read (some programs set the clipboard several times).</extracomment>
        <translation>Αντιγραμμένη απάντηση: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Use Check clipboard to see them.</source>
        <translation>
            <numerusform>%n παρατήρηση. Δείτε την με τον «Έλεγχο προχείρου».</numerusform>
            <numerusform>%n παρατηρήσεις. Δείτε τις με τον «Έλεγχο προχείρου».</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here should hurt the reply.</source>
        <translation>Τίποτα εδώ δεν χαλάει την απάντηση.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>Δεν ήταν δυνατή η αλλαγή της εκκίνησης κατά τη σύνδεση: %1</translation>
    </message>
</context>
<context>
    <name>CoolOffKeeper</name>
    <message>
        <source>The cool-off is not over. Copy the draft now and send it as it is? This is recorded in today&apos;s numbers.</source>
        <translation>Το διάλειμμα δεν έχει τελειώσει. Να αντιγραφεί τώρα η απάντηση για να τη στείλετε όπως είναι; Θα φανεί στα σημερινά νούμερα.</translation>
    </message>
    <message>
        <source>This reply may land hard. Copy it now, without a cool-off, and send it as it is? This is recorded in today&apos;s numbers.</source>
        <translation>Αυτή η απάντηση μπορεί να ακουστεί απότομη. Να αντιγραφεί τώρα, χωρίς διάλειμμα, για να τη στείλετε όπως είναι; Θα φανεί στα σημερινά νούμερα.</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>Αποστολή παρ&apos; όλα αυτά;</translation>
    </message>
</context>
<context>
    <name>CoolOffScreen</name>
    <message>
        <source>Breathe in…</source>
        <translation>Εισπνοή…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Κράτημα…</translation>
    </message>
    <message>
        <source>Breathe out…</source>
        <translation>Εκπνοή…</translation>
    </message>
    <message>
        <source>Cool-off</source>
        <translation>Διάλειμμα ηρεμίας</translation>
    </message>
    <message>
        <source>Take a minute</source>
        <translation>Πάρτε ένα λεπτό</translation>
    </message>
    <message>
        <source>When a customer is upset with you, give yourself a few minutes before you answer. Step back, breathe with the circle, and say to yourself what you think of the situation. What you write afterwards is kinder and clearer.</source>
        <translation>Όταν ένας πελάτης είναι θυμωμένος μαζί σας, δώστε στον εαυτό σας λίγα λεπτά πριν απαντήσετε. Κάντε ένα βήμα πίσω, αναπνεύστε μαζί με τον κύκλο και πείτε στον εαυτό σας τι σκέφτεστε για όσα έγιναν. Ό,τι γράψετε μετά θα είναι πιο ήπιο και πιο ξεκάθαρο.</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Φάση αναπνοής</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Χρόνος που απομένει</translation>
    </message>
    <message>
        <source>Your draft waits here until the time is up:</source>
        <translation>Η απάντησή σας περιμένει εδώ μέχρι να τελειώσει ο χρόνος:</translation>
    </message>
    <message>
        <source>Held draft</source>
        <translation>Απάντηση σε αναμονή</translation>
    </message>
    <message>
        <source>The timer carried on while Companion was closed. Drafts are never written to disk, so paste yours into Check when the time is up.</source>
        <translation>Το χρονόμετρο συνέχισε ενώ το Companion ήταν κλειστό. Οι απαντήσεις δεν αποθηκεύονται ποτέ στον δίσκο, οπότε επικολλήστε τη δική σας στον Έλεγχο όταν τελειώσει ο χρόνος.</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Αποστολή παρ&apos; όλα αυτά…</translation>
    </message>
    <message>
        <source>Copy the held draft now (asks first; it is recorded)</source>
        <translation>Αντιγραφή της απάντησης τώρα (με ερώτηση· καταγράφεται)</translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <translation>Πάμε</translation>
    </message>
    <message>
        <source>End the cool-off early</source>
        <translation>Να τελειώσει το διάλειμμα νωρίτερα</translation>
    </message>
    <message>
        <source>Rewrite it now</source>
        <translation>Ξαναγράψτε την τώρα</translation>
    </message>
    <message>
        <source>Another cool-off</source>
        <translation>Άλλο ένα διάλειμμα</translation>
    </message>
    <message numerus="yes">
        <source>Start a %n-minute cool-off</source>
        <translation>
            <numerusform>Διάλειμμα %n λεπτού</numerusform>
            <numerusform>Διάλειμμα %n λεπτών</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>απομένουν %1:%2</translation>
    </message>
    <message>
        <source>Time&apos;s up. Well done for taking the minute.</source>
        <translation>Ο χρόνος τελείωσε. Μπράβο που πήρατε αυτό το λεπτό.</translation>
    </message>
    <message>
        <source>Rewrite it now opens your draft in Check, beside the first findings.</source>
        <translation>Το «Ξαναγράψτε την τώρα» ανοίγει την απάντησή σας στον Έλεγχο, δίπλα στις πρώτες παρατηρήσεις.</translation>
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
        <translation>Οι καταγραφές της ημέρας</translation>
    </message>
    <message>
        <source>No reflection written this day.</source>
        <translation>Δεν γράφτηκε απολογισμός αυτή τη μέρα.</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Τι πήγε καλά</translation>
    </message>
    <message>
        <source>Hardest moment</source>
        <translation>Η πιο δύσκολη στιγμή</translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation>Κάτι να βελτιώσω</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>Ημέρα: %1</translation>
    </message>
    <message>
        <source>(the first %1 logs are listed)</source>
        <translation>(εμφανίζονται οι πρώτες %1 καταγραφές)</translation>
    </message>
    <message>
        <source>No logs this day (target %1).</source>
        <translation>Καμία καταγραφή αυτή τη μέρα (στόχος %1).</translation>
    </message>
    <message>
        <source>%1 positive, no negative: %2, no ratio to compare (target %3).</source>
        <translation>Θετικές %1, καμία αρνητική: %2, χωρίς αναλογία για σύγκριση (στόχος %3).</translation>
    </message>
    <message>
        <source>%1 positive, %2 negative: %3, %4 (target %5).</source>
        <translation>Θετικές %1, αρνητικές %2: %3, %4 (στόχος %5).</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 στα 5</translation>
    </message>
    <message>
        <source>Mood %1 · Energy %2</source>
        <translation>Διάθεση %1 · Ενέργεια %2</translation>
    </message>
    <message>
        <source>+ positive</source>
        <translation>+ θετική</translation>
    </message>
    <message>
        <source>− negative</source>
        <translation>− αρνητική</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Past days; days with a reflection are bold</source>
        <translation>Προηγούμενες μέρες· με έντονα όσες έχουν απολογισμό</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Σήμερα</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <source>low</source>
        <translation>χαμηλή</translation>
    </message>
    <message>
        <source>high</source>
        <translation>υψηλή</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>A thank-you, a fix that worked, a good call…</source>
        <translation>Ένα «ευχαριστώ», μια λύση που δούλεψε, μια καλή κλήση…</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Τι πήγε καλά</translation>
    </message>
    <message>
        <source>Send to happy file</source>
        <translation>Στον φάκελο χαράς</translation>
    </message>
    <message>
        <source>Keep what went well in your happy file</source>
        <translation>Κρατήστε ό,τι πήγε καλά στον φάκελο χαράς</translation>
    </message>
    <message>
        <source>The moment that stung most</source>
        <translation>Η στιγμή που σας πείραξε περισσότερο</translation>
    </message>
    <message>
        <source>The hardest moment</source>
        <translation>Η πιο δύσκολη στιγμή</translation>
    </message>
    <message>
        <source>Reframe this…</source>
        <translation>Άλλη ματιά σε αυτό…</translation>
    </message>
    <message>
        <source>Open the reframe guide with the hardest moment</source>
        <translation>Άνοιγμα της «Άλλης ματιάς» με την πιο δύσκολη στιγμή</translation>
    </message>
    <message>
        <source>One specific thing, e.g. check tracking before promising a date</source>
        <translation>Κάτι συγκεκριμένο, π.χ. να βλέπω την πορεία της αποστολής πριν υποσχεθώ ημερομηνία</translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation>Κάτι να βελτιώσω</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Κάτι άλλο</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>&amp;Save reflection</source>
        <translation>&amp;Αποθήκευση απολογισμού</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>&amp;Διάθεση:</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>Ε&amp;νέργεια:</translation>
    </message>
    <message>
        <source>Wh&amp;at went well:</source>
        <translation>Τι πήγε &amp;καλά:</translation>
    </message>
    <message>
        <source>The ha&amp;rdest moment:</source>
        <translation>Η πιο δύσκο&amp;λη στιγμή:</translation>
    </message>
    <message>
        <source>One thing to &amp;improve:</source>
        <translation>Κάτι να &amp;βελτιώσω:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Σημεί&amp;ωση:</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Σήμερα, %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Αποθηκεύτηκε %1.</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>Ενημερώθηκε στις %1.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Αποθηκεύτηκε στις %1.</translation>
    </message>
    <message>
        <source>From my reflection on %1</source>
        <translation>Από τον απολογισμό μου, %1</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Δεν έχει γραφτεί ακόμα.</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile; saving keeps what you see here.</source>
        <translation>Άλλαξε στο μεταξύ από αλλού· η αποθήκευση κρατά ό,τι βλέπετε εδώ.</translation>
    </message>
    <message>
        <source>Write what went well first.</source>
        <translation>Γράψτε πρώτα τι πήγε καλά.</translation>
    </message>
    <message>
        <source>Already in your happy file.</source>
        <translation>Υπάρχει ήδη στον φάκελο χαράς σας.</translation>
    </message>
    <message>
        <source>Sent to your happy file.</source>
        <translation>Μπήκε στον φάκελο χαράς σας.</translation>
    </message>
</context>
<context>
    <name>DaySummaryBox</name>
    <message>
        <source>The day&apos;s numbers</source>
        <translation>Τα νούμερα της ημέρας</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Θετικές</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Αρνητικές</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Αναλογία</translation>
    </message>
    <message>
        <source>Replies checked</source>
        <translation>Απαντήσεις που ελέγχθηκαν</translation>
    </message>
    <message>
        <source>Cool-offs taken</source>
        <translation>Διαλείμματα που έγιναν</translation>
    </message>
    <message>
        <source>Cool-offs skipped</source>
        <translation>Διαλείμματα που παραλείφθηκαν</translation>
    </message>
    <message>
        <source>Happy-file entries added</source>
        <translation>Νέα μηνύματα στον φάκελο χαράς</translation>
    </message>
    <message>
        <source>no logs (target %1)</source>
        <translation>καμία καταγραφή (στόχος %1)</translation>
    </message>
    <message>
        <source>%1 (target %2, %3)</source>
        <translation>%1 (στόχος %2, %3)</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>App launcher:</source>
        <translation>Μενού εφαρμογών:</translation>
    </message>
    <message>
        <source>The app launcher entry is for Linux desktops.</source>
        <translation>Η καταχώριση στο μενού εφαρμογών υπάρχει μόνο σε Linux.</translation>
    </message>
    <message>
        <source>&amp;Add to launcher</source>
        <translation>&amp;Προσθήκη στο μενού εφαρμογών</translation>
    </message>
    <message>
        <source>Companion is in the app launcher, with Log positive, Log negative and Check clipboard in its menu (bind them to keys in your desktop&apos;s keyboard settings).</source>
        <translation>Το Companion είναι στο μενού εφαρμογών, με τις επιλογές «Θετική συνομιλία», «Αρνητική συνομιλία» και «Έλεγχος προχείρου» (δώστε τους πλήκτρα από τις ρυθμίσεις πληκτρολογίου της επιφάνειας εργασίας).</translation>
    </message>
    <message>
        <source>Companion is not in the app launcher.</source>
        <translation>Το Companion δεν είναι στο μενού εφαρμογών.</translation>
    </message>
    <message>
        <source>&amp;Remove from launcher</source>
        <translation>&amp;Αφαίρεση από το μενού εφαρμογών</translation>
    </message>
</context>
<context>
    <name>DimensionPrompt</name>
    <message>
        <source>Use suggestion</source>
        <translation>Χρήση πρότασης</translation>
    </message>
    <message>
        <source>Use suggestion: %1</source>
        <translation>Χρήση πρότασης: %1</translation>
    </message>
    <message>
        <source>Your words…</source>
        <translation>Με δικά σας λόγια…</translation>
    </message>
    <message>
        <source>Nothing of this kind in your words. You can still answer it.</source>
        <translation>Δεν βρέθηκε κάτι τέτοιο στα λόγια σας. Μπορείτε πάντως να απαντήσετε.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Πρόταση: %1</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit happy file entry</source>
        <translation>Επεξεργασία μηνύματος</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Τα λόγια του πελάτη</translation>
    </message>
    <message>
        <source>Why it made my day</source>
        <translation>Γιατί μου έφτιαξε τη μέρα</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Στα αγαπημένα</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Στιγμιότυπο οθόνης</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Λόγια</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>First day</source>
        <translation>Πρώτη μέρα</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Τελευταία μέρα</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (.csv)</source>
        <translation>CSV για υπολογιστικό φύλλο (.csv)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>For &amp;Excel (UTF-8 with a byte order mark)</source>
        <translation>Για &amp;Excel (UTF-8 με BOM)</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ε&amp;ξαγωγή…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Από:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Έ&amp;ως:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Μορ&amp;φή:</translation>
    </message>
    <message>
        <source>Export your reflections with each day&apos;s numbers. Days with a reflection or any log are included; unknown numbers are “—” in Markdown and empty in CSV.</source>
        <translation>Εξαγωγή των απολογισμών σας μαζί με τα νούμερα κάθε μέρας. Περιλαμβάνονται οι μέρες με απολογισμό ή με καταγραφές· ό,τι δεν είναι γνωστό φαίνεται ως «—» στο Markdown και μένει κενό στο CSV.</translation>
    </message>
    <message>
        <source>Export reflections</source>
        <translation>Εξαγωγή απολογισμών</translation>
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
        <translation>Η τελευταία μέρα είναι πριν από την πρώτη.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to %1.</source>
        <translation>
            <numerusform>Έγινε εξαγωγή %n ημέρας στο %1.</numerusform>
            <numerusform>Έγινε εξαγωγή %n ημερών στο %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Εξαγωγή…</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1: %2</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Try: %1</source>
        <extracomment>The quoted words on a card are cut here; the whole span is highlighted in the draft.</extracomment>
        <translation>Δοκιμάστε: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Τι να κάνετε: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1, %2: %3.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Γιατί: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
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
        <translation>Επιλέξτε μια παρατήρηση για να δείτε τι μπορείτε να κάνετε και ποιες διατυπώσεις ταιριάζουν.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Τι να κάνετε</translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation>Άλλες διατυπώσεις</translation>
    </message>
    <message>
        <source>Rewrites that fit here: Apply puts one in</source>
        <translation>Διατυπώσεις που ταιριάζουν εδώ: η «Εφαρμογή» βάζει μία στη θέση της</translation>
    </message>
    <message>
        <source>&amp;Apply rewrite</source>
        <translation>&amp;Εφαρμογή διατύπωσης</translation>
    </message>
    <message>
        <source>&amp;Ignore here</source>
        <translation>Α&amp;γνόηση εδώ</translation>
    </message>
    <message>
        <source>Stop flagging this one match in this draft</source>
        <translation>Να μη σημειώνεται πια αυτό το σημείο σε αυτή την απάντηση</translation>
    </message>
    <message>
        <source>Phrases →</source>
        <translation>Φράσεις →</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Επιλεγμένη παρατήρηση</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Τι να κάνετε: %1</translation>
    </message>
    <message>
        <source>(remove these words)</source>
        <translation>(βγάλτε αυτές τις λέξεις)</translation>
    </message>
    <message>
        <source>Phrases that help here: %1</source>
        <translation>Φράσεις που βοηθούν εδώ: %1</translation>
    </message>
    <message>
        <source>Where this comes from (practice %1)</source>
        <translation>Από πού προέρχεται (πρακτική %1)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>The whole reply</source>
        <translation>Όλη η απάντηση</translation>
    </message>
    <message>
        <source>leave those words out</source>
        <translation>βγάλτε αυτές τις λέξεις</translation>
    </message>
</context>
<context>
    <name>HappyActions</name>
    <message>
        <source>Save to happy file</source>
        <translation>Στον φάκελο χαράς</translation>
    </message>
    <message>
        <source>Save the copied customer message to your happy file</source>
        <translation>Το μήνυμα πελάτη που αντιγράψατε, στον φάκελο χαράς</translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation>Φτιάξε μου τη διάθεση</translation>
    </message>
    <message>
        <source>Saved to your happy file.</source>
        <translation>Αποθηκεύτηκε στον φάκελο χαράς σας.</translation>
    </message>
    <message>
        <source>Today has been tough so far. A kind word from your happy file might help.</source>
        <translation>Δύσκολη μέρα ως τώρα. Ένας καλός λόγος από τον φάκελο χαράς ίσως βοηθήσει.</translation>
    </message>
</context>
<context>
    <name>HappyFilePage</name>
    <message>
        <source>DE, FR, GB</source>
        <comment>example region codes</comment>
        <translation>CY, DE, GB</translation>
    </message>
    <message>
        <source>Not a region code: %1. %2</source>
        <translation>Δεν είναι κωδικός χώρας: %1. %2</translation>
    </message>
</context>
<context>
    <name>HappyScreen</name>
    <message>
        <source>Happy file</source>
        <translation>Φάκελος χαράς</translation>
    </message>
    <message>
        <source>Save from clipboard</source>
        <translation>Αποθήκευση από το πρόχειρο</translation>
    </message>
    <message>
        <source>Save the message you copied (Ctrl+Shift+H)</source>
        <translation>Αποθήκευση του μηνύματος που αντιγράψατε (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation>Φτιάξε μου τη διάθεση</translation>
    </message>
    <message>
        <source>Search words, notes and tags</source>
        <translation>Αναζήτηση σε λόγια, σημειώσεις και ετικέτες</translation>
    </message>
    <message>
        <source>Search the happy file</source>
        <translation>Αναζήτηση στον φάκελο χαράς</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Φίλτρο ανά ετικέτα</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Μόνο αγαπημένα</translation>
    </message>
    <message>
        <source>Happy file entries</source>
        <translation>Μηνύματα του φακέλου χαράς</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Στα αγαπημένα</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <source>HTML page for a kudos post…</source>
        <translation>Σελίδα HTML για τα εύσημα της ομάδας…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>JSON (can be imported back)…</source>
        <translation>JSON (μπορεί να εισαχθεί ξανά)…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Το μήνυμα διαγράφηκε.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Όλες οι ετικέτες</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>βρέθηκε %Ln</numerusform>
            <numerusform>βρέθηκαν %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln μήνυμα</numerusform>
            <numerusform>%Ln μηνύματα</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation>Δεν βρέθηκε τίποτα. Δοκιμάστε λιγότερες ή πιο σύντομες λέξεις.</translation>
    </message>
    <message>
        <source>Nothing here yet.

When a customer makes your day, copy their message and choose Save to happy file (Ctrl+Shift+H, or the tray menu). On a hard day, Lift me up brings one back.</source>
        <translation>Δεν υπάρχει τίποτα ακόμα.

Όταν ένας πελάτης σάς φτιάξει τη μέρα, αντιγράψτε το μήνυμά του και επιλέξτε «Στον φάκελο χαράς» (Ctrl+Shift+H ή από το μενού του εικονιδίου). Σε μια δύσκολη μέρα, το «Φτιάξε μου τη διάθεση» θα σας το ξαναφέρει.</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Αφαίρεση από τα αγαπημένα</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) deleted.</source>
        <translation>
            <numerusform>Το μήνυμα διαγράφηκε.</numerusform>
            <numerusform>Διαγράφηκαν %n μηνύματα.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Σελίδα HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n entry(s)</source>
        <translation>
            <numerusform>Εξαγωγή %n μηνύματος</numerusform>
            <numerusform>Εξαγωγή %n μηνυμάτων</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a happy file</source>
        <translation>Εισαγωγή φακέλου χαράς</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Μια στιγμή…</translation>
    </message>
</context>
<context>
    <name>HappyWords</name>
    <message numerus="yes">
        <source>Imported %n new entry(s)</source>
        <translation>
            <numerusform>Εισήχθη %n νέο μήνυμα</numerusform>
            <numerusform>Εισήχθησαν %n νέα μηνύματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n υπήρχε ήδη.</numerusform>
            <numerusform>%n υπήρχαν ήδη.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your phrases added.</source>
        <translation>
            <numerusform>Προστέθηκε %n δική σας φράση.</numerusform>
            <numerusform>Προστέθηκαν %n δικές σας φράσεις.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1.</source>
        <translation>
            <numerusform>Έγινε εξαγωγή %n μηνύματος στο %1.</numerusform>
            <numerusform>Έγινε εξαγωγή %n μηνυμάτων στο %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Welcome…</source>
        <translation>Καλώς ήρθατε…</translation>
    </message>
    <message>
        <source>The ratio, your day and the keys, in brief</source>
        <translation>Η αναλογία, η μέρα σας και τα πλήκτρα, με λίγα λόγια</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Πρακτικές</translation>
    </message>
    <message>
        <source>The customer-service practices behind it</source>
        <translation>Οι πρακτικές εξυπηρέτησης πελατών πίσω από την εφαρμογή</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Εμφάνιση:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s)</source>
        <translation>
            <numerusform>Εμφάνιση %n ημέρας</numerusform>
            <numerusform>Εμφάνιση %n ημερών</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Σερί</translation>
    </message>
    <message>
        <source>Daily ratio chart</source>
        <translation>Γράφημα ημερήσιας αναλογίας</translation>
    </message>
    <message>
        <source>At or above target</source>
        <translation>Στον στόχο ή πάνω</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Κάτω από τον στόχο</translation>
    </message>
    <message>
        <source>No negative (n : 0, no ratio)</source>
        <translation>Καμία αρνητική (n : 0, χωρίς αναλογία)</translation>
    </message>
    <message>
        <source>Taller than the axis</source>
        <translation>Ψηλότερα από τον άξονα</translation>
    </message>
    <message>
        <source>Day under the pointer</source>
        <translation>Η μέρα κάτω από τον δείκτη</translation>
    </message>
    <message>
        <source>Mood and energy, from your reflections</source>
        <translation>Διάθεση και ενέργεια, από τους απολογισμούς σας</translation>
    </message>
    <message>
        <source>Mood and energy chart</source>
        <translation>Γράφημα διάθεσης και ενέργειας</translation>
    </message>
    <message>
        <source>Mood (1–5)</source>
        <translation>Διάθεση (1–5)</translation>
    </message>
    <message>
        <source>Energy (1–5)</source>
        <translation>Ενέργεια (1–5)</translation>
    </message>
    <message>
        <source>Dotted: days without an entry between</source>
        <translation>Διακεκομμένη: ενδιάμεσες μέρες χωρίς καταχώριση</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Τελ. 7 μέρες</translation>
    </message>
    <message>
        <source>7 days before</source>
        <translation>Προηγ. 7</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Μεταβολή</translation>
    </message>
    <message>
        <source>Complaint trends</source>
        <translation>Τάσεις παραπόνων</translation>
    </message>
    <message>
        <source>No negative logs with a topic in the last two weeks. Add a topic when you log a negative to see which complaints recur.</source>
        <translation>Καμία αρνητική καταγραφή με θέμα τις δύο τελευταίες εβδομάδες. Βάζετε θέμα όταν καταγράφετε μια αρνητική, για να βλέπετε ποια παράπονα επανέρχονται.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complaint trends&lt;/b&gt; — topics of negative logs, this week against last week</source>
        <translation>&lt;b&gt;Τάσεις παραπόνων&lt;/b&gt; — θέματα των αρνητικών καταγραφών, αυτή την εβδομάδα σε σχέση με την προηγούμενη</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s) at or above %1</source>
        <translation>
            <numerusform>Τρέχον σερί: %n μέρα στο %1 ή πάνω</numerusform>
            <numerusform>Τρέχον σερί: %n μέρες στο %1 ή πάνω</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily ratio — positives per negative, last %1 days</source>
        <translation>Ημερήσια αναλογία — θετικές ανά αρνητική, τελευταίες %1 μέρες</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Στόχος %1</translation>
    </message>
    <message>
        <source>%1: no logs</source>
        <translation>%1: καμία καταγραφή</translation>
    </message>
    <message>
        <source>%1: %2 positive, no negative (%3): no ratio to draw</source>
        <translation>%1: θετικές %2, καμία αρνητική (%3): δεν υπάρχει αναλογία να σχεδιαστεί</translation>
    </message>
    <message>
        <source>%1: %2 positive, %3 negative: %4, %5 (target %6)</source>
        <translation>%1: θετικές %2, αρνητικές %3: %4, %5 (στόχος %6)</translation>
    </message>
    <message>
        <source>%1: no mood or energy noted</source>
        <translation>%1: δεν σημειώθηκε διάθεση ή ενέργεια</translation>
    </message>
    <message>
        <source>%1: mood %2, energy %3</source>
        <translation>%1: διάθεση %2, ενέργεια %3</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 στα 5</translation>
    </message>
    <message>
        <source>%1. Click or press Enter to open the day.</source>
        <translation>%1. Κάντε κλικ ή πατήστε Enter για να ανοίξει η μέρα.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a day&apos;s summary</comment>
        <translation>· </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): %2 with logs, %3 at or above the target %4, %5 below, %6 with no negative.</source>
        <translation>
            <numerusform>%n μέρα: %2 με καταγραφές, %3 στον στόχο %4 ή πάνω, %5 κάτω, %6 χωρίς αρνητική.</numerusform>
            <numerusform>%n μέρες: %2 με καταγραφές, %3 στον στόχο %4 ή πάνω, %5 κάτω, %6 χωρίς αρνητική.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest %1 on %2, lowest %3 on %4.</source>
        <translation>Πιο ψηλά %1 (%2), πιο χαμηλά %3 (%4).</translation>
    </message>
    <message>
        <source>%1: not noted.</source>
        <translation>%1: δεν σημειώθηκε.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was %2 every time (%n entry(s)).</source>
        <translation>
            <numerusform>%1: %2 κάθε φορά (%n καταχώριση).</numerusform>
            <numerusform>%1: %2 κάθε φορά (%n καταχωρίσεις).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No mood or energy noted in these %n day(s). The Reflection screen asks for them at the end of a shift.</source>
        <translation>
            <numerusform>Δεν σημειώθηκε διάθεση ή ενέργεια αυτή τη μία μέρα. Ο απολογισμός τις ζητά στο τέλος της βάρδιας.</numerusform>
            <numerusform>Δεν σημειώθηκε διάθεση ή ενέργεια σε αυτές τις %n μέρες. Ο απολογισμός τις ζητά στο τέλος της βάρδιας.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a day (or Tab to the chart and use the arrow keys) to read it; click it or press Enter to open its logs.</source>
        <translation>Δείξτε μια μέρα (ή Tab και βέλη) για να τη δείτε· κλικ ή Enter για τις καταγραφές της.</translation>
    </message>
    <message numerus="yes">
        <source>%1 went from %2 to %3 (average %4, %n entry(s)).</source>
        <translation>
            <numerusform>%1: από %2 σε %3 (μέσος όρος %4, %n καταχώριση).</numerusform>
            <numerusform>%1: από %2 σε %3 (μέσος όρος %4, %n καταχωρίσεις).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 went from %2 to %3 (average %4, %n entry(s)); the biggest change was %5 → %6, from %7 to %8.</source>
        <translation>
            <numerusform>%1: από %2 σε %3 (μέσος όρος %4, %n καταχώριση)· η μεγαλύτερη αλλαγή ήταν %5 → %6, από %7 σε %8.</numerusform>
            <numerusform>%1: από %2 σε %3 (μέσος όρος %4, %n καταχωρίσεις)· η μεγαλύτερη αλλαγή ήταν %5 → %6, από %7 σε %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Ενέργεια</translation>
    </message>
</context>
<context>
    <name>InputMethod</name>
    <message>
        <source>Your desktop types through fcitx, which this Qt has no plugin for, so Companion talks to it as ibus. If Korean or Japanese typing does not work here, turn on fcitx 5&apos;s ibus frontend, or install ibus with your language&apos;s engine (the README says how).</source>
        <translation>Η επιφάνεια εργασίας σας πληκτρολογεί μέσω fcitx, για το οποίο αυτό το Qt δεν έχει πρόσθετο, οπότε το Companion επικοινωνεί μαζί του ως ibus. Αν η πληκτρολόγηση στα κορεατικά ή τα ιαπωνικά δεν δουλεύει εδώ, ενεργοποιήστε το ibus frontend του fcitx 5 ή εγκαταστήστε το ibus με τη μηχανή της γλώσσας σας (το README εξηγεί πώς).</translation>
    </message>
</context>
<context>
    <name>LauncherOffer</name>
    <message>
        <source>Add Companion to your desktop&apos;s app launcher? Its menu will have Log positive, Log negative and Check clipboard, which your desktop&apos;s keyboard settings can bind to keys.</source>
        <translation>Να προστεθεί το Companion στο μενού εφαρμογών; Θα έχει τις επιλογές «Θετική συνομιλία», «Αρνητική συνομιλία» και «Έλεγχος προχείρου», και από τις ρυθμίσεις πληκτρολογίου μπορείτε να τους δώσετε πλήκτρα.</translation>
    </message>
    <message>
        <source>Add to launcher</source>
        <translation>Προσθήκη στο μενού</translation>
    </message>
    <message>
        <source>Companion is in the app launcher now. To log or check with one key, bind its Log positive, Log negative and Check clipboard actions in your desktop&apos;s keyboard settings.</source>
        <translation>Το Companion είναι πλέον στο μενού εφαρμογών. Για καταγραφή ή έλεγχο με ένα πλήκτρο, δώστε πλήκτρα στις «Θετική συνομιλία», «Αρνητική συνομιλία» και «Έλεγχος προχείρου» από τις ρυθμίσεις πληκτρολογίου.</translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <source>Lift me up</source>
        <translation>Φτιάξε μου τη διάθεση</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Τα λόγια του πελάτη</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Στιγμιότυπο οθόνης</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Το μήνυμα</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Άλλο ένα</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Your happy file is empty for now.

When a customer writes something kind, copy it and choose Save to happy file. On a day like this it will be here.</source>
        <translation>Ο φάκελος χαράς σας είναι άδειος προς το παρόν.

Όταν ένας πελάτης σάς γράψει κάτι όμορφο, αντιγράψτε το και επιλέξτε «Στον φάκελο χαράς». Σε μια μέρα σαν κι αυτή, θα σας περιμένει εδώ.</translation>
    </message>
    <message>
        <source>Why it made my day: %1</source>
        <translation>Γιατί μου έφτιαξε τη μέρα: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>Check reply</source>
        <translation>Έλεγχος απάντησης</translation>
    </message>
    <message>
        <source>Cool-off</source>
        <translation>Διάλειμμα ηρεμίας</translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation>Φάκελος χαράς</translation>
    </message>
    <message>
        <source>Phrasebook</source>
        <translation>Φράσεις</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>Άλλη ματιά</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Απολογισμός</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Οθόνες</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Companion</source>
        <translation>&amp;Companion</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Καταγραφή</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Εργαλεία</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Μετάβαση</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation>Δεν υπάρχει κάτι για αναίρεση σήμερα.</translation>
    </message>
    <message>
        <source>Removed the last positive log.</source>
        <translation>Αφαιρέθηκε η τελευταία θετική.</translation>
    </message>
    <message>
        <source>Removed the last negative log.</source>
        <translation>Αφαιρέθηκε η τελευταία αρνητική.</translation>
    </message>
    <message>
        <source>Companion shows %1 from its next start.</source>
        <translation>Η γλώσσα %1 ισχύει από την επόμενη εκκίνηση του Companion.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Επανεκκίνηση τώρα</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Σχετικά με το Companion</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Companion %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A companion for customer-support agents: keep the day&apos;s positives in view, check replies before sending, cool off, keep a happy file and reflect.&lt;/p&gt;&lt;p&gt;All data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Companion %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ένας σύντροφος για όσους δουλεύουν στην εξυπηρέτηση πελατών: κρατά τα θετικά της μέρας μπροστά σας, ελέγχει τις απαντήσεις πριν φύγουν, σας δίνει χρόνο να ηρεμήσετε, φυλάει τον φάκελο χαράς και σας βοηθά να κάνετε απολογισμό.&lt;/p&gt;&lt;p&gt;Όλα τα δεδομένα μένουν σε αυτόν τον υπολογιστή.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <source>Edit my phrase</source>
        <translation>Επεξεργασία φράσης</translation>
    </message>
    <message>
        <source>Add my phrase</source>
        <translation>Νέα δική μου φράση</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>When a customer says</source>
        <translation>Όταν ο πελάτης λέει</translation>
    </message>
    <message>
        <source>Optional, e.g. “It&apos;s too expensive.”</source>
        <translation>Προαιρετικό, π.χ. «Είναι πολύ ακριβό.»</translation>
    </message>
    <message>
        <source>What I&apos;ll say</source>
        <translation>Τι θα πω</translation>
    </message>
    <message>
        <source>The words you want ready</source>
        <translation>Τα λόγια που θέλετε να έχετε έτοιμα</translation>
    </message>
    <message>
        <source>Fill this in to rehearse your answer to something you expect to hear.</source>
        <translation>Συμπληρώστε το για να προετοιμάσετε την απάντησή σας σε κάτι που περιμένετε να ακούσετε.</translation>
    </message>
    <message>
        <source>When they say</source>
        <translation>Όταν λένε</translation>
    </message>
    <message>
        <source>I say</source>
        <translation>Λέω</translation>
    </message>
</context>
<context>
    <name>PhraseModel</name>
    <message>
        <source>When they say: “%1”</source>
        <translation>Όταν λένε: «%1»</translation>
    </message>
    <message>
        <source>my phrase</source>
        <translation>δική μου φράση</translation>
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
        <translation>Κλικ για αντιγραφή</translation>
    </message>
</context>
<context>
    <name>PhrasebookScreen</name>
    <message>
        <source>Phrasebook</source>
        <translation>Φράσεις</translation>
    </message>
    <message>
        <source>Phrase categories</source>
        <translation>Κατηγορίες φράσεων</translation>
    </message>
    <message>
        <source>All phrases</source>
        <translation>Όλες οι φράσεις</translation>
    </message>
    <message>
        <source>My phrases</source>
        <translation>Οι φράσεις μου</translation>
    </message>
    <message>
        <source>Your own words, and answers to objections you expect</source>
        <translation>Τα δικά σας λόγια και απαντήσεις σε αντιρρήσεις που περιμένετε</translation>
    </message>
    <message>
        <source>Search phrases</source>
        <translation>Αναζήτηση φράσεων</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Φράσεις</translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation>Δική μου φράση…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Click a phrase to copy it. Make it your own before you send it.</source>
        <translation>Κάντε κλικ σε μια φράση για να την αντιγράψετε. Προσαρμόστε τη στο ύφος σας πριν τη στείλετε.</translation>
    </message>
    <message>
        <source>Your own phrases and rehearsed answers. They go into JSON exports.</source>
        <translation>Οι δικές σας φράσεις και έτοιμες απαντήσεις. Περιλαμβάνονται στις εξαγωγές JSON.</translation>
    </message>
    <message>
        <source>No phrases match.</source>
        <translation>Καμία φράση δεν ταιριάζει.</translation>
    </message>
    <message>
        <source>Nothing here yet: add your own with Add my own….</source>
        <translation>Δεν υπάρχει τίποτα ακόμα: προσθέστε δικές σας με το «Δική μου φράση…».</translation>
    </message>
    <message>
        <source>Why this works</source>
        <translation>Γιατί πιάνει</translation>
    </message>
    <message>
        <source>The practices behind it: %1</source>
        <translation>Οι πρακτικές πίσω από αυτήν: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Αντιγράφηκε: %1</translation>
    </message>
    <message>
        <source>Click a phrase to copy it.</source>
        <translation>Κάντε κλικ σε μια φράση για να την αντιγράψετε.</translation>
    </message>
    <message>
        <source>Added to your phrases.</source>
        <translation>Προστέθηκε στις φράσεις σας.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Deleted your phrase.</source>
        <translation>Η φράση σας διαγράφηκε.</translation>
    </message>
</context>
<context>
    <name>PracticesWindow</name>
    <message>
        <source>The practices behind Companion</source>
        <translation>Οι πρακτικές πίσω από το Companion</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Πρακτικές</translation>
    </message>
    <message>
        <source>The practices could not be read (%1).</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των πρακτικών (%1).</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Εντάξει</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Ακύρωση</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Κλείσιμο χωρίς αποθήκευση</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Αντι&amp;γραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Επικό&amp;λληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Εμφάνιση λεπτομερειών...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Απόκρυψη λεπτομερειών...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Εντάξει</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ναι σε &amp;όλα</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Όχι σε ό&amp;λα</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Νέα προσπάθεια</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Αντι&amp;γραφή</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Αντιγραφή &amp;διεύθυνσης συνδέσμου</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Επικό&amp;λληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>RatingButtons</name>
    <message>
        <source>%1 %2 of 5</source>
        <translation>%1 %2 στα 5</translation>
    </message>
</context>
<context>
    <name>ReflectionActions</name>
    <message>
        <source>Reframe…</source>
        <translation>Άλλη ματιά…</translation>
    </message>
    <message>
        <source>Walk through a bruising moment</source>
        <translation>Ξαναδείτε βήμα βήμα μια στιγμή που σας πλήγωσε</translation>
    </message>
    <message>
        <source>Reflect on today</source>
        <translation>Απολογισμός της ημέρας</translation>
    </message>
    <message>
        <source>Snooze reflection 15 min</source>
        <translation>Απολογισμός σε 15 λεπτά</translation>
    </message>
    <message>
        <source>No reflection today</source>
        <translation>Χωρίς απολογισμό σήμερα</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>Τέλος βάρδιας</translation>
    </message>
    <message>
        <source>How did today go? Two minutes of reflection, with today&apos;s numbers.</source>
        <translation>Πώς πήγε η μέρα; Δύο λεπτά απολογισμού, με τα σημερινά νούμερα.</translation>
    </message>
    <message>
        <source>Reflect now</source>
        <translation>Απολογισμός τώρα</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Σε %1 λεπτά</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Όχι σήμερα</translation>
    </message>
</context>
<context>
    <name>ReflectionScreen</name>
    <message>
        <source>Reflection</source>
        <translation>Απολογισμός</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Ημέρα</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Εβδομάδα</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Ε&amp;ξαγωγή</translation>
    </message>
</context>
<context>
    <name>Reframe</name>
    <message>
        <source>Permanent</source>
        <translation>Μόνιμο</translation>
    </message>
    <message>
        <source>Pervasive</source>
        <translation>Γενικευμένο</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Προσωπικό</translation>
    </message>
    <message>
        <source>Feeling before → after:</source>
        <translation>Διάθεση πριν → μετά:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Τι έγινε</translation>
    </message>
    <message>
        <source>What I told myself</source>
        <translation>Τι είπα στον εαυτό μου</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Προσωρινό</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Συγκεκριμένο</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Εξωτερικό</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Στοιχεία υπέρ</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>Στοιχεία κατά</translation>
    </message>
    <message>
        <source>More useful to believe</source>
        <translation>Πιο χρήσιμο να πιστεύω</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Την επόμενη φορά</translation>
    </message>
</context>
<context>
    <name>ReframeGuide</name>
    <message>
        <source>Progress through the guide</source>
        <extracomment>word lists being compiled on a pool thread, by language languages whose lists could not be read: detect says why, once asked</extracomment>
        <translation>Πρόοδος στον οδηγό</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Πίσω</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Επόμενο</translation>
    </message>
    <message>
        <source>e.g. A customer called me incompetent over a late refund.</source>
        <translation>π.χ. Ένας πελάτης μού είπε ότι δεν ξέρω τη δουλειά μου επειδή άργησε η επιστροφή των χρημάτων του.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Τι έγινε;</translation>
    </message>
    <message>
        <source>e.g. I always mess up refunds. Everyone can see I&apos;m useless.</source>
        <translation>π.χ. Πάντα τα κάνω θάλασσα με τις επιστροφές. Όλοι βλέπουν ότι δεν κάνω για τίποτα.</translation>
    </message>
    <message>
        <source>What are you telling yourself about it?</source>
        <translation>Τι λέτε στον εαυτό σας γι&apos; αυτό;</translation>
    </message>
    <message>
        <source>Words marked in your thought</source>
        <translation>Λέξεις που σημειώθηκαν στη σκέψη σας</translation>
    </message>
    <message>
        <source>Feeling now</source>
        <translation>Πώς νιώθω τώρα</translation>
    </message>
    <message>
        <source>awful</source>
        <translation>χάλια</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>καλά</translation>
    </message>
    <message>
        <source>Write it as it sounds in your head. Words that make it permanent, pervasive or personal are marked as you type.</source>
        <translation>Γράψτε το όπως ακούγεται στο μυαλό σας. Όσο γράφετε, σημειώνονται οι λέξεις που το κάνουν μόνιμο, γενικευμένο ή προσωπικό.</translation>
    </message>
    <message>
        <source>How do you feel right now?</source>
        <translation>Πώς νιώθετε αυτή τη στιγμή;</translation>
    </message>
    <message>
        <source>Is this temporary?</source>
        <translation>Είναι κάτι προσωρινό;</translation>
    </message>
    <message>
        <source>Example: “I always mess up refunds” → “This refund went wrong today.”</source>
        <translation>Παράδειγμα: «Πάντα τα κάνω θάλασσα με τις επιστροφές» → «Αυτή η επιστροφή στράβωσε σήμερα.»</translation>
    </message>
    <message>
        <source>Is it about one specific thing?</source>
        <translation>Αφορά ένα συγκεκριμένο πράγμα;</translation>
    </message>
    <message>
        <source>Example: “Everyone hates me” → “One customer was angry about one order.”</source>
        <translation>Παράδειγμα: «Όλοι με μισούν» → «Ένας πελάτης θύμωσε για μία παραγγελία.»</translation>
    </message>
    <message>
        <source>Is it really about you?</source>
        <translation>Αφορά πραγματικά εσάς;</translation>
    </message>
    <message>
        <source>Example: “It&apos;s my fault” → “The courier was late; I passed on the news.”</source>
        <translation>Παράδειγμα: «Φταίω εγώ» → «Άργησε το κούριερ· εγώ απλώς μετέφερα τα νέα.»</translation>
    </message>
    <message>
        <source>What supports the thought?</source>
        <translation>Τι στηρίζει αυτή τη σκέψη;</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Στοιχεία υπέρ</translation>
    </message>
    <message>
        <source>What does not fit it? Times it went well?</source>
        <translation>Τι δεν ταιριάζει μαζί της; Φορές που πήγε καλά;</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>Στοιχεία κατά</translation>
    </message>
    <message>
        <source>e.g. Refunds are tricky; I am learning them.</source>
        <translation>π.χ. Οι επιστροφές είναι δύσκολες· τις μαθαίνω.</translation>
    </message>
    <message>
        <source>What is more useful to believe?</source>
        <translation>Τι είναι πιο χρήσιμο να πιστεύετε;</translation>
    </message>
    <message>
        <source>Evidence &amp;for:</source>
        <translation>Στοιχεία &amp;υπέρ:</translation>
    </message>
    <message>
        <source>Evidence &amp;against:</source>
        <translation>Στοιχεία &amp;κατά:</translation>
    </message>
    <message>
        <source>More &amp;useful to believe:</source>
        <translation>Πιο &amp;χρήσιμο να πιστεύω:</translation>
    </message>
    <message>
        <source>Dispute the thought (optional)</source>
        <translation>Αμφισβητήστε τη σκέψη (προαιρετικό)</translation>
    </message>
    <message>
        <source>Leave these empty and press Next to skip this step.</source>
        <translation>Αφήστε τα κενά και πατήστε «Επόμενο» για να παραλείψετε αυτό το βήμα.</translation>
    </message>
    <message>
        <source>e.g. Check the courier tracking page before I promise a date</source>
        <translation>π.χ. Να κοιτάζω την παρακολούθηση του κούριερ πριν υποσχεθώ ημερομηνία</translation>
    </message>
    <message>
        <source>One thing I could do better next time</source>
        <translation>Κάτι που θα μπορούσα να κάνω καλύτερα την επόμενη φορά</translation>
    </message>
    <message>
        <source>Feeling after</source>
        <translation>Πώς νιώθω μετά</translation>
    </message>
    <message>
        <source>Specific and doable: a detail to check, a phrase to use, a step to add.</source>
        <translation>Κάτι συγκεκριμένο και εφικτό: μια λεπτομέρεια να ελέγξετε, μια φράση να πείτε, ένα βήμα να προσθέσετε.</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation>Πώς νιώθετε τώρα;</translation>
    </message>
    <message>
        <source>Three questions</source>
        <translation>Τρεις ερωτήσεις</translation>
    </message>
    <message>
        <source>Dispute (optional)</source>
        <translation>Αμφισβήτηση (προαιρετικό)</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Την επόμενη φορά</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Βήμα %1 από %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Βήμα %1 από %2: %3</translation>
    </message>
    <message>
        <source>Not read: the guide has no word lists for %1 yet.</source>
        <translation>Δεν διαβάστηκε: ο οδηγός δεν έχει ακόμα λίστες λέξεων για τη γλώσσα %1.</translation>
    </message>
    <message>
        <source>%1, about someone else</source>
        <translation>%1, για κάποιον άλλον</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <source>Write what happened or what you are telling yourself.</source>
        <translation>Γράψτε τι έγινε ή τι λέτε στον εαυτό σας.</translation>
    </message>
    <message>
        <source>Nothing permanent, pervasive or personal so far.</source>
        <translation>Τίποτα μόνιμο, γενικευμένο ή προσωπικό ως τώρα.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Make it specific: what exactly will you do, and when?</source>
        <translation>Κάντε το συγκεκριμένο: τι ακριβώς θα κάνετε και πότε;</translation>
    </message>
    <message>
        <source>Saved. Find it under Saved reframes.</source>
        <translation>Αποθηκεύτηκε. Θα τη βρείτε στις «Αποθηκευμένες σκέψεις».</translation>
    </message>
</context>
<context>
    <name>ReframeListModel</name>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Τι έγινε</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <source>feeling before %1, after %2</source>
        <translation>διάθεση πριν %1, μετά %2</translation>
    </message>
</context>
<context>
    <name>ReframeScreen</name>
    <message>
        <source>Reframe</source>
        <translation>Άλλη ματιά</translation>
    </message>
    <message>
        <source>Gu&amp;ide</source>
        <translation>&amp;Οδηγός</translation>
    </message>
    <message>
        <source>Sa&amp;ved reframes</source>
        <translation>Αποθηκευμένες &amp;σκέψεις</translation>
    </message>
    <message>
        <source>Unfinished reframe</source>
        <translation>Μισοτελειωμένη σκέψη</translation>
    </message>
    <message>
        <source>You have a reframe you haven&apos;t saved.</source>
        <translation>Έχετε μια σκέψη στον οδηγό που δεν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Start a new one and lose it, or go on with the one you were writing?</source>
        <translation>Να ξεκινήσετε νέα και να χαθεί αυτή, ή να συνεχίσετε αυτήν που γράφατε;</translation>
    </message>
    <message>
        <source>Start new</source>
        <translation>Νέα αρχή</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Συνέχεια</translation>
    </message>
</context>
<context>
    <name>ReplyCheckPage</name>
    <message>
        <source>Language of the rules shown</source>
        <extracomment>the rules (and categories) switched off, in every language&apos;s pack</extracomment>
        <translation>Γλώσσα των κανόνων που εμφανίζονται</translation>
    </message>
    <message>
        <source>Checker rules</source>
        <translation>Κανόνες ελέγχου</translation>
    </message>
    <message>
        <source>Rules &amp;for replies in:</source>
        <translation>Κανόνες για &amp;απαντήσεις στη γλώσσα:</translation>
    </message>
    <message>
        <source>&amp;Rules in use:</source>
        <translation>&amp;Κανόνες σε χρήση:</translation>
    </message>
</context>
<context>
    <name>ReplyTools</name>
    <message>
        <source>Check clipboard</source>
        <translation>Έλεγχος προχείρου</translation>
    </message>
    <message>
        <source>Check the reply on the clipboard</source>
        <translation>Έλεγχος της απάντησης στο πρόχειρο</translation>
    </message>
    <message>
        <source>I need a minute</source>
        <translation>Θέλω ένα λεπτό</translation>
    </message>
    <message>
        <source>Start a short breathing cool-off</source>
        <translation>Ένα σύντομο διάλειμμα για να πάρετε ανάσα</translation>
    </message>
    <message>
        <source>Cool-off</source>
        <translation>Διάλειμμα ηρεμίας</translation>
    </message>
    <message>
        <source>A cool-off is already running; it holds its own draft.</source>
        <translation>Ένα διάλειμμα είναι ήδη σε εξέλιξη, με τη δική του απάντηση σε αναμονή.</translation>
    </message>
    <message>
        <source>Welcome back. Time to answer, cool.</source>
        <translation>Καλώς ήρθατε ξανά. Ώρα να απαντήσετε, με ψυχραιμία.</translation>
    </message>
    <message>
        <source>Welcome back. Your draft is back in Check, beside the findings.</source>
        <translation>Καλώς ήρθατε ξανά. Η απάντησή σας είναι ξανά στον Έλεγχο, δίπλα στις παρατηρήσεις.</translation>
    </message>
    <message>
        <source>Welcome back. Your draft waits in Cool-off: Rewrite it now.</source>
        <translation>Καλώς ήρθατε ξανά. Η απάντησή σας περιμένει στο διάλειμμα: «Ξαναγράψτε την τώρα».</translation>
    </message>
    <message>
        <source>Cool-off done</source>
        <translation>Το διάλειμμα τελείωσε</translation>
    </message>
</context>
<context>
    <name>SavedReframes</name>
    <message>
        <source>Search saved reframes</source>
        <translation>Αναζήτηση στις αποθηκευμένες σκέψεις</translation>
    </message>
    <message>
        <source>Saved reframes</source>
        <translation>Αποθηκευμένες σκέψεις</translation>
    </message>
    <message>
        <source>The selected reframe</source>
        <translation>Η επιλεγμένη σκέψη</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln αποθηκευμένη</numerusform>
            <numerusform>%Ln αποθηκευμένες</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved reframes yet.</source>
        <translation>Δεν υπάρχουν ακόμα αποθηκευμένες σκέψεις.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Δεν βρέθηκε τίποτα.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Target ratio (positives per negative):</source>
        <translation>&amp;Στόχος αναλογίας (θετικές ανά αρνητική):</translation>
    </message>
    <message>
        <source>Target ratio</source>
        <translation>Στόχος αναλογίας</translation>
    </message>
    <message>
        <source>3 : 1 is a rule of thumb, not science: pick the number that helps you notice when a day slides.</source>
        <translation>Το 3 : 1 είναι εμπειρικός κανόνας, όχι επιστήμη: διαλέξτε τον αριθμό που σας βοηθά να καταλαβαίνετε πότε η μέρα αρχίζει να στραβώνει.</translation>
    </message>
    <message>
        <source>A new &amp;day starts at:</source>
        <translation>Η νέα &amp;μέρα ξεκινά στις:</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Η νέα μέρα ξεκινά στις</translation>
    </message>
    <message>
        <source>Logs before this hour count for the previous day, so a night shift is one day.</source>
        <translation>Οι καταγραφές πριν από αυτή την ώρα μετρούν στην προηγούμενη μέρα, έτσι μια νυχτερινή βάρδια μετρά ως μία μέρα.</translation>
    </message>
    <message>
        <source>&amp;Shift ends at:</source>
        <translation>Η &amp;βάρδια τελειώνει στις:</translation>
    </message>
    <message>
        <source>Shift ends at</source>
        <translation>Η βάρδια τελειώνει στις</translation>
    </message>
    <message>
        <source>Remind me to reflect when my shift ends</source>
        <translation>Υπενθύμιση για απολογισμό στο τέλος της βάρδιας</translation>
    </message>
    <message>
        <source>Start Companion when I log in</source>
        <translation>Εκκίνηση του Companion κατά τη σύνδεση</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>System follows your desktop&apos;s language; dates and numbers follow it too.</source>
        <translation>Το «Σύστημα» ακολουθεί τη γλώσσα της επιφάνειας εργασίας· το ίδιο και οι ημερομηνίες και οι αριθμοί.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Σύστημα</translation>
    </message>
    <message>
        <source>&amp;Cool-off length:</source>
        <translation>&amp;Διάρκεια διαλείμματος:</translation>
    </message>
    <message>
        <source>Cool-off length in minutes</source>
        <translation>Διάρκεια διαλείμματος σε λεπτά</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπ.</translation>
    </message>
    <message>
        <source>Watch the clipboard and quietly tell me the verdict of copied replies</source>
        <translation>Διακριτική ενημέρωση για το αποτέλεσμα κάθε απάντησης που αντιγράφω</translation>
    </message>
    <message>
        <source>Copied text is checked in memory only and never saved.</source>
        <translation>Το αντιγραμμένο κείμενο ελέγχεται μόνο στη μνήμη και δεν αποθηκεύεται ποτέ.</translation>
    </message>
    <message>
        <source>&amp;Rules in use:</source>
        <translation>&amp;Κανόνες σε χρήση:</translation>
    </message>
    <message>
        <source>Rules in use</source>
        <translation>Κανόνες σε χρήση</translation>
    </message>
    <message>
        <source>Hide customer details (e-mail, phone, card, order numbers) in new entries</source>
        <translation>Απόκρυψη στοιχείων πελάτη (e-mail, τηλέφωνο, αριθμοί κάρτας και παραγγελίας) στα νέα μηνύματα</translation>
    </message>
    <message>
        <source>Also hide local phone numbers of these &amp;regions:</source>
        <translation>Απόκρυψη και τοπικών τηλεφώνων από αυτές τις &amp;χώρες:</translation>
    </message>
    <message>
        <source>Regions whose local phone numbers are hidden</source>
        <translation>Χώρες των οποίων τα τοπικά τηλέφωνα κρύβονται</translation>
    </message>
    <message>
        <source>Country codes such as DE, FR, GB, separated by commas. Numbers written with a + country code are always hidden, and so are local numbers of the text&apos;s language and of your system&apos;s region.</source>
        <translation>Κωδικοί χωρών όπως DE, FR, GB, χωρισμένοι με κόμμα. Οι αριθμοί με κωδικό χώρας (+) κρύβονται πάντα, όπως και οι τοπικοί αριθμοί της γλώσσας του κειμένου και της περιοχής του συστήματός σας.</translation>
    </message>
    <message>
        <source>Offer Lift me up once a day when a negative log leaves today below target</source>
        <translation>Πρόταση για «Φτιάξε μου τη διάθεση» μία φορά τη μέρα, όταν μια αρνητική ρίχνει τη μέρα κάτω από τον στόχο</translation>
    </message>
    <message>
        <source>The offer is a quiet banner (or a tray notification), never a pop-up.</source>
        <translation>Η πρόταση εμφανίζεται διακριτικά σε μια λωρίδα (ή ως ειδοποίηση), ποτέ σε αναδυόμενο παράθυρο.</translation>
    </message>
    <message>
        <source>Offer to add Companion to the app launcher</source>
        <translation>Πρόταση προσθήκης του Companion στο μενού εφαρμογών</translation>
    </message>
    <message>
        <source>Asked once, quietly, on a Linux desktop where it is missing.</source>
        <translation>Ερωτάται μία φορά, διακριτικά, σε Linux όπου λείπει.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Reply checker</source>
        <translation>Έλεγχος απαντήσεων</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Επιφάνεια εργασίας</translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation>Φάκελος χαράς</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Γενικά</translation>
    </message>
    <message>
        <source>Companion settings</source>
        <translation>Ρυθμίσεις του Companion</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Log a positive conversation (also = )</source>
        <translation>Καταγραφή θετικής συνομιλίας (και με = )</translation>
    </message>
    <message>
        <source>Log a negative conversation</source>
        <translation>Καταγραφή αρνητικής συνομιλίας</translation>
    </message>
    <message>
        <source>Undo the last log</source>
        <translation>Αναίρεση της τελευταίας καταγραφής</translation>
    </message>
    <message>
        <source>History chart</source>
        <translation>Γράφημα ιστορικού</translation>
    </message>
    <message>
        <source>The day before (Right: the day after)</source>
        <translation>Η προηγούμενη μέρα (Right: η επόμενη)</translation>
    </message>
    <message>
        <source>A week back (PgDown: a week on)</source>
        <translation>Μια εβδομάδα πίσω (PgDown: μια εβδομάδα μπροστά)</translation>
    </message>
    <message>
        <source>The first day shown (End: the last)</source>
        <translation>Η πρώτη μέρα που φαίνεται (End: η τελευταία)</translation>
    </message>
    <message>
        <source>Open the day&apos;s logs and reflection</source>
        <translation>Άνοιγμα καταγραφών και απολογισμού της ημέρας</translation>
    </message>
    <message>
        <source>Check reply</source>
        <translation>Έλεγχος απάντησης</translation>
    </message>
    <message>
        <source>Check the reply</source>
        <translation>Έλεγχος της απάντησης</translation>
    </message>
    <message>
        <source>Save to happy file</source>
        <translation>Στον φάκελο χαράς</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Happy file</source>
        <translation>Φάκελος χαράς</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Διαγραφή του επιλεγμένου μηνύματος</translation>
    </message>
    <message>
        <source>Lift me up</source>
        <translation>Φτιάξε μου τη διάθεση</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Άλλο ένα</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>Άλλη ματιά</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Επόμενο βήμα</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Απολογισμός</translation>
    </message>
    <message>
        <source>Save today&apos;s reflection</source>
        <translation>Αποθήκευση του σημερινού απολογισμού</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ή </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>&quot;(&amp;S)&quot; after a CJK label: the accelerator written the way Korean and Japanese menus write it</extracomment>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Μενού %1</translation>
    </message>
    <message>
        <source>Outside the window: the tray icon&apos;s menu logs and checks in one click, and &lt;code&gt;companion log +&lt;/code&gt; or &lt;code&gt;companion log -&lt;/code&gt; logs from a terminal, or from a key you give it in your desktop&apos;s keyboard settings.</source>
        <translation>Έξω από το παράθυρο: το μενού του εικονιδίου στην περιοχή ειδοποιήσεων καταγράφει και ελέγχει με ένα κλικ, και τα &lt;code&gt;companion log +&lt;/code&gt; ή &lt;code&gt;companion log -&lt;/code&gt; καταγράφουν από τερματικό ή από ένα πλήκτρο που ορίζετε στις ρυθμίσεις πληκτρολογίου.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Positive interactions today</source>
        <translation>Θετικές συνομιλίες σήμερα</translation>
    </message>
    <message>
        <source>Negative interactions today</source>
        <translation>Αρνητικές συνομιλίες σήμερα</translation>
    </message>
    <message>
        <source>Today&apos;s ratio</source>
        <translation>Σημερινή αναλογία</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>θετικές</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>αρνητικές</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>αναλογία</translation>
    </message>
    <message>
        <source>State against target</source>
        <translation>Πού βρίσκεστε σε σχέση με τον στόχο</translation>
    </message>
    <message>
        <source>Positives needed to reach the target</source>
        <translation>Θετικές που χρειάζονται για τον στόχο</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;billing&quot;, &quot;late delivery&quot;</source>
        <translation>προαιρετικό, π.χ. &quot;χρεώσεις&quot;, &quot;καθυστέρηση παράδοσης&quot;</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>optional one-line note</source>
        <translation>προαιρετική σημείωση μίας γραμμής</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Θέμα:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Σημείωση:</translation>
    </message>
    <message>
        <source>+  Positive</source>
        <translation>+  Θετική</translation>
    </message>
    <message>
        <source>Log a positive interaction (+ or Ctrl+Up)</source>
        <translation>Καταγραφή θετικής συνομιλίας (+ ή Ctrl+Up)</translation>
    </message>
    <message>
        <source>Log positive</source>
        <translation>Θετική συνομιλία</translation>
    </message>
    <message>
        <source>−  Negative</source>
        <translation>−  Αρνητική</translation>
    </message>
    <message>
        <source>Log a negative interaction (− or Ctrl+Down)</source>
        <translation>Καταγραφή αρνητικής συνομιλίας (− ή Ctrl+Down)</translation>
    </message>
    <message>
        <source>Log negative</source>
        <translation>Αρνητική συνομιλία</translation>
    </message>
    <message>
        <source>&amp;Undo last log</source>
        <translation>&amp;Αναίρεση τελευταίας καταγραφής</translation>
    </message>
    <message>
        <source>Remove today&apos;s most recent log (Ctrl+Z)</source>
        <translation>Αφαίρεση της πιο πρόσφατης σημερινής καταγραφής (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Τελευταία ενέργεια</translation>
    </message>
    <message>
        <source>&amp;Reframe this…</source>
        <translation>Ά&amp;λλη ματιά σε αυτό…</translation>
    </message>
    <message>
        <source>Open the reframe guide for the selected (or the last) negative log</source>
        <translation>Άνοιγμα της «Άλλης ματιάς» για την επιλεγμένη (ή την τελευταία) αρνητική καταγραφή</translation>
    </message>
    <message>
        <source>Today&apos;s logs</source>
        <translation>Σημερινές καταγραφές</translation>
    </message>
    <message>
        <source>Logged positive at %1.</source>
        <translation>Καταγράφηκε θετική στις %1.</translation>
    </message>
    <message>
        <source>Logged negative at %1.</source>
        <translation>Καταγράφηκε αρνητική στις %1.</translation>
    </message>
    <message>
        <source>Removed the last positive log.</source>
        <translation>Αφαιρέθηκε η τελευταία θετική.</translation>
    </message>
    <message>
        <source>Removed the last negative log.</source>
        <translation>Αφαιρέθηκε η τελευταία αρνητική.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Σήμερα, %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>στόχος %1</translation>
    </message>
    <message>
        <source>Nothing to undo today.</source>
        <translation>Δεν υπάρχει κάτι για αναίρεση σήμερα.</translation>
    </message>
    <message>
        <source>No ratio until there is a negative conversation</source>
        <translation>Χωρίς αναλογία μέχρι να υπάρξει αρνητική συνομιλία</translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>No logs yet today</source>
        <translation>Καμία καταγραφή ακόμα σήμερα</translation>
    </message>
    <message>
        <source>Log your first conversation with + or −.</source>
        <translation>Καταγράψτε την πρώτη σας συνομιλία με + ή −.</translation>
    </message>
    <message>
        <source>No negative conversations yet today.</source>
        <translation>Καμία αρνητική συνομιλία ακόμα σήμερα.</translation>
    </message>
    <message>
        <source>You have reached your target. Nice work.</source>
        <translation>Φτάσατε τον στόχο σας. Μπράβο!</translation>
    </message>
    <message numerus="yes">
        <source>%n more positive conversation(s) and you&apos;re at your target.</source>
        <translation>
            <numerusform>Ακόμα μία θετική συνομιλία και φτάνετε τον στόχο σας.</numerusform>
            <numerusform>Ακόμα %n θετικές συνομιλίες και φτάνετε τον στόχο σας.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to 1</source>
        <translation>%1 προς 1</translation>
    </message>
    <message>
        <source>%1, no negatives yet</source>
        <translation>%1, καμία αρνητική ακόμα</translation>
    </message>
    <message>
        <source>%1, %2: %3 to 1</source>
        <translation>%1, %2: %3 προς 1</translation>
    </message>
    <message numerus="yes">
        <source>%n positive(s)</source>
        <translation>
            <numerusform>%n θετική</numerusform>
            <numerusform>%n θετικές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative(s)</source>
        <translation>
            <numerusform>%n αρνητική</numerusform>
            <numerusform>%n αρνητικές</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Keys for your desktop…</source>
        <translation>Πλήκτρα για την επιφάνεια εργασίας…</translation>
    </message>
    <message>
        <source>Companion — today %1 (target %2)
%3. %4</source>
        <translation>Companion — σήμερα %1 (στόχος %2)
%3. %4</translation>
    </message>
    <message>
        <source>Companion — no logs yet today (target %1)</source>
        <translation>Companion — καμία καταγραφή ακόμα σήμερα (στόχος %1)</translation>
    </message>
    <message>
        <source>Companion&apos;s keys work only while its window is open. Add it to your app launcher, and your desktop&apos;s keyboard settings can give its Log positive, Log negative and Check clipboard a key each.</source>
        <translation>Τα πλήκτρα του Companion λειτουργούν μόνο όσο είναι ανοιχτό το παράθυρό του. Προσθέστε το στο μενού εφαρμογών και από τις ρυθμίσεις πληκτρολογίου δώστε από ένα πλήκτρο στις «Θετική συνομιλία», «Αρνητική συνομιλία» και «Έλεγχος προχείρου».</translation>
    </message>
    <message>
        <source>Add to launcher</source>
        <translation>Προσθήκη στο μενού</translation>
    </message>
    <message>
        <source>Companion is in your app launcher. Give its Log positive, Log negative and Check clipboard actions keys in your desktop&apos;s keyboard settings: on KDE, Shortcuts, Add New, Application, Companion; elsewhere, a custom shortcut running a command such as %1</source>
        <translation>Το Companion είναι στο μενού εφαρμογών. Δώστε πλήκτρα στις «Θετική συνομιλία», «Αρνητική συνομιλία» και «Έλεγχος προχείρου» από τις ρυθμίσεις πληκτρολογίου: στο KDE, Συντομεύσεις → Προσθήκη νέου → Εφαρμογή → Companion· αλλού, με μια προσαρμοσμένη συντόμευση που εκτελεί μια εντολή όπως %1</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Companion lives in its window: closing it minimises Companion, which keeps running for your reminders and cool-offs (Quit is in the Companion menu). To get a tray on GNOME, install and turn on the “AppIndicator and KStatusNotifierItem Support” extension, then start Companion again. Starting Companion from the app launcher or a keyboard shortcut always brings this window forward.</source>
        <translation>Αυτή η επιφάνεια εργασίας δεν έχει περιοχή ειδοποιήσεων, οπότε το Companion μένει στο παράθυρό του: αν το κλείσετε, ελαχιστοποιείται και συνεχίζει να τρέχει για τις υπενθυμίσεις και τα διαλείμματά σας (η Έξοδος είναι στο μενού Companion). Για περιοχή ειδοποιήσεων στο GNOME, εγκαταστήστε και ενεργοποιήστε την επέκταση «AppIndicator and KStatusNotifierItem Support» και ξεκινήστε ξανά το Companion. Όταν ξεκινάτε το Companion από το μενού εφαρμογών ή με συντόμευση, αυτό το παράθυρο έρχεται πάντα μπροστά.</translation>
    </message>
    <message>
        <source>Companion can use the tray now</source>
        <translation>Το Companion μπορεί πλέον να μπει στην περιοχή ειδοποιήσεων</translation>
    </message>
    <message>
        <source>Quit Companion and start it again to put its icon in the tray.</source>
        <translation>Κλείστε το Companion και ξεκινήστε το ξανά για να εμφανιστεί το εικονίδιό του στην περιοχή ειδοποιήσεων.</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Προηγούμενη εβδομάδα</translation>
    </message>
    <message>
        <source>Next wee&amp;k ▶</source>
        <translation>Επόμε&amp;νη εβδομάδα ▶</translation>
    </message>
    <message>
        <source>The week, day by day</source>
        <translation>Η εβδομάδα, μέρα με τη μέρα</translation>
    </message>
    <message>
        <source>Improvements named this week</source>
        <translation>Βελτιώσεις που σημειώσατε αυτή την εβδομάδα</translation>
    </message>
    <message>
        <source>Improvements named:</source>
        <translation>Βελτιώσεις που σημειώσατε:</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 — ratio %2, %n day(s) at target</source>
        <translation>
            <numerusform>Εβδομάδα %1 — αναλογία %2, %n μέρα στον στόχο</numerusform>
            <numerusform>Εβδομάδα %1 — αναλογία %2, %n μέρες στον στόχο</numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Αναλογία</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None named this week yet.</source>
        <translation>Καμία ακόμα αυτή την εβδομάδα.</translation>
    </message>
    <message>
        <source>%1: not enough entries yet.</source>
        <translation>%1: δεν υπάρχουν ακόμα αρκετές καταχωρίσεις.</translation>
    </message>
    <message>
        <source>%1: %2, one entry so far.</source>
        <translation>%1: %2, μία καταχώριση ως τώρα.</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3; the biggest change was %4 → %5 (%6 to %7).</source>
        <translation>%1: από %2 σε %3· η μεγαλύτερη αλλαγή ήταν %4 → %5 (%6 σε %7).</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>ανεβαίνει</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>πέφτει</translation>
    </message>
    <message>
        <source>%1: %2, around %3.</source>
        <translation>%1: %2, γύρω στο %3.</translation>
    </message>
    <message>
        <source>%1: steady, around %2.</source>
        <translation>%1: σταθερή, γύρω στο %2.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Companion</source>
        <translation>Καλώς ήρθατε στο Companion</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Παράλειψη</translation>
    </message>
    <message>
        <source>Help → Welcome… shows this again</source>
        <translation>Θα το ξαναβρείτε στη Βοήθεια → Καλώς ήρθατε…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Επόμενο</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Ξεκινάμε</translation>
    </message>
    <message>
        <source>After each conversation with a customer, log it: &lt;b&gt;positive&lt;/b&gt; or &lt;b&gt;negative&lt;/b&gt;. Companion keeps the day&apos;s &lt;b&gt;ratio&lt;/b&gt; — positives for each negative — in view on Today and on the tray icon, so you notice when a day slides, and lift it before it drags you down.</source>
        <translation>Μετά από κάθε συνομιλία με πελάτη, καταγράψτε την: &lt;b&gt;θετική&lt;/b&gt; ή &lt;b&gt;αρνητική&lt;/b&gt;. Το Companion κρατά μπροστά σας την &lt;b&gt;αναλογία&lt;/b&gt; της ημέρας — πόσες θετικές για κάθε αρνητική — στο «Σήμερα» και στο εικονίδιο ειδοποιήσεων, ώστε να το καταλαβαίνετε όταν η μέρα αρχίζει να στραβώνει και να τη φτιάχνετε πριν σας πάρει από κάτω.</translation>
    </message>
    <message>
        <source>3 : 1</source>
        <translation>3 : 1</translation>
    </message>
    <message>
        <source>Three to one</source>
        <translation>Τρία προς ένα</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why 3&amp;nbsp;:&amp;nbsp;1?&lt;/b&gt; About three good conversations for each hard one tends to feel about right: 1&amp;nbsp;:&amp;nbsp;1 feels bleak, 10&amp;nbsp;:&amp;nbsp;1 is not realistic. It is a rule of thumb, not science — the maths behind the famous “positivity ratio” was retracted — so the target is yours: set it on the next page.</source>
        <translation>&lt;b&gt;Γιατί 3&amp;nbsp;:&amp;nbsp;1;&lt;/b&gt; Περίπου τρεις καλές συνομιλίες για κάθε δύσκολη μοιάζουν συνήθως «ό,τι πρέπει»: το 1&amp;nbsp;:&amp;nbsp;1 είναι μαυρίλα, το 10&amp;nbsp;:&amp;nbsp;1 δεν είναι ρεαλιστικό. Είναι εμπειρικός κανόνας, όχι επιστήμη — τα μαθηματικά πίσω από τη γνωστή «αναλογία θετικότητας» αποσύρθηκαν — οπότε τον στόχο τον ορίζετε εσείς, στην επόμενη σελίδα.</translation>
    </message>
    <message>
        <source>&lt;b&gt;above&lt;/b&gt; the target: a good day so far</source>
        <translation>&lt;b&gt;πάνω&lt;/b&gt; από τον στόχο: καλή μέρα ως τώρα</translation>
    </message>
    <message>
        <source>&lt;b&gt;at&lt;/b&gt; the target</source>
        <translation>&lt;b&gt;στον&lt;/b&gt; στόχο</translation>
    </message>
    <message>
        <source>&lt;b&gt;below&lt;/b&gt;: time for a kind word from your happy file</source>
        <translation>&lt;b&gt;κάτω&lt;/b&gt;: ώρα για έναν καλό λόγο από τον φάκελο χαράς</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Η μέρα σας</translation>
    </message>
    <message>
        <source>When your shift ends, Companion invites two minutes of reflection (or snooze it, or not today). Starting at login keeps it at hand from the first conversation of the day. All of this can be changed later in Settings (%1).</source>
        <translation>Όταν τελειώνει η βάρδια σας, το Companion σας προτείνει δύο λεπτά απολογισμού (ή λίγο αργότερα, ή όχι σήμερα). Με εκκίνηση κατά τη σύνδεση, είναι εκεί από την πρώτη συνομιλία της μέρας. Όλα αυτά αλλάζουν όποτε θέλετε από τις Ρυθμίσεις (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; (%1) lists every key, and &lt;b&gt;Help → Practices&lt;/b&gt; the customer-service practices behind each screen.</source>
        <translation>Στη &lt;b&gt;Βοήθεια → Συντομεύσεις πληκτρολογίου&lt;/b&gt; (%1) θα βρείτε όλα τα πλήκτρα, και στη &lt;b&gt;Βοήθεια → Πρακτικές&lt;/b&gt; τις πρακτικές εξυπηρέτησης πίσω από κάθε οθόνη.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>Log in one key</source>
        <translation>Καταγραφή με ένα πλήκτρο</translation>
    </message>
    <message>
        <source>on Today, which the window opens on, ready</source>
        <translation>στο «Σήμερα», όπου ανοίγει το παράθυρο, έτοιμο</translation>
    </message>
    <message>
        <source>anywhere in the window</source>
        <translation>οπουδήποτε στο παράθυρο</translation>
    </message>
    <message>
        <source>on Today: undo the last log</source>
        <translation>στο «Σήμερα»: αναίρεση της τελευταίας καταγραφής</translation>
    </message>
    <message>
        <source>Tray icon</source>
        <translation>Εικονίδιο ειδοποιήσεων</translation>
    </message>
    <message>
        <source>Log positive or Log negative from its menu</source>
        <translation>«Θετική συνομιλία» ή «Αρνητική συνομιλία» από το μενού του</translation>
    </message>
    <message>
        <source>in a terminal, or on a key you set in your desktop&apos;s keyboard settings</source>
        <translation>σε τερματικό ή με ένα πλήκτρο που ορίζετε στις ρυθμίσεις πληκτρολογίου</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>ok</source>
        <translation>εντάξει</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Εντάξει</translation>
    </message>
    <message>
        <source>needs care</source>
        <translation>θέλει προσοχή</translation>
    </message>
    <message>
        <source>Needs care</source>
        <translation>Θέλει προσοχή</translation>
    </message>
    <message>
        <source>hard reply</source>
        <translation>απότομη απάντηση</translation>
    </message>
    <message>
        <source>Hard reply</source>
        <translation>Απότομη απάντηση</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>πάνω από τον στόχο</translation>
    </message>
    <message>
        <source>Above target</source>
        <translation>Πάνω από τον στόχο</translation>
    </message>
    <message>
        <source>at target</source>
        <translation>στον στόχο</translation>
    </message>
    <message>
        <source>At target</source>
        <translation>Στον στόχο</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>κάτω από τον στόχο</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Κάτω από τον στόχο</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>θετική</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Θετική</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>αρνητική</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Αρνητική</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Restore the newest backup</source>
        <translation>Επαναφορά του πιο πρόσφατου αντιγράφου</translation>
    </message>
    <message>
        <source>Something went wrong (%1: %2). Your data is safe; the details are in %3.</source>
        <translation>Κάτι πήγε στραβά (%1: %2). Τα δεδομένα σας είναι ασφαλή· οι λεπτομέρειες βρίσκονται στο %3.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>χρήση: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>ορίσματα θέσης</translation>
    </message>
    <message>
        <source>options</source>
        <translation>επιλογές</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>εμφάνιση αυτής της βοήθειας και έξοδος</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>εμφάνιση της έκδοσης του προγράμματος και έξοδος</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: σφάλμα: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>όρισμα %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>απαιτούνται τα εξής ορίσματα: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>άγνωστα ορίσματα: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>μη έγκυρη επιλογή: %(value)r (επιλέξτε από %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>αναμενόταν ένα όρισμα</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>αναμενόταν το πολύ ένα όρισμα</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>αναμενόταν τουλάχιστον ένα όρισμα</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>αναμενόταν %s όρισμα</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>αναμένονταν %s ορίσματα</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>μη έγκυρη τιμή %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ασαφής επιλογή: το %(option)s ταιριάζει με %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>δεν επιτρέπεται μαζί με το όρισμα %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>δεν ανοίγει το &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>απαιτείται ένα από τα ορίσματα %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>αγνοήθηκε το ρητό όρισμα %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>απρόσμενη επιλογή: %s</translation>
    </message>
</context>
</TS>
