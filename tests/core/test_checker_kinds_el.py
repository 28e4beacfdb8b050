"""Greek reply checker: kinds of bad reply the English, Korean and Japanese packs knew and the
Greek pack learnt from them, written as Greek agents say them, and the helpful replies that
share their words and must stay unflagged."""

from __future__ import annotations

import pytest

from companion.core.checker import check

# Each kind met in another wording than its rule's examples: another verb, word order or register.
KINDS = [
    ("dismissive-common-problem", "Συμβαίνει συνέχεια με τα ρούτερ αυτής της εταιρείας."),
    ("dismissive-common-problem", "Είναι απολύτως φυσιολογικό να ζεσταίνεται το κινητό όταν φορτίζει."),
    ("dismissive-common-problem", "Έτσι δουλεύουν όλα τα μοντέλα της σειράς."),
    ("dismissive-read-the-terms", "Ανατρέξτε στους όρους χρήσης της υπηρεσίας."),
    ("dismissive-read-the-terms", "Όλα αυτά περιγράφονται αναλυτικά στις συχνές ερωτήσεις."),
    ("dismissive-waved-off", "Ο καιρός τα γιατρεύει όλα."),
    ("dismissive-waved-off", "Κοιτάξτε τη θετική πλευρά."),
    ("blame-scapegoat", "Φταίει ο νέος σερβιτόρος που μπέρδεψε τα τραπέζια."),
    ("blame-scapegoat", "Η γραμματέας δεν σημείωσε το ραντεβού σας."),
    ("dismissive-not-mine", "Δεν με αφήνει το σύστημα να σας δώσω άλλη θέση."),
    ("blame-you-must", "Θέλουμε να μας φέρετε την ταυτότητα αύριο."),
    ("dismissive-hedged-promise", "Θα σας τηλεφωνήσω το απόγευμα, αν βρω χρόνο."),
    ("dismissive-stonewall", "Η απάντησή μας παραμένει τελική."),
    ("dismissive-talking-down", "Η πληρωμή γίνεται μόνο με κάρτα, κατανοητό;"),
    ("dismissive-talking-down", "Θα συμφωνήσετε κι εσείς, έτσι δεν είναι\u037e"),
    ("blame-suspicion", "Μήπως προσπαθείτε απλώς να γλιτώσετε τα λεφτά;"),
    ("dismissive-pressure", "Αν δεν το πάρετε τώρα, αύριο η τιμή ανεβαίνει."),
    ("dismissive-favour", "Σας το κάνουμε χάρη αυτή τη φορά."),
    ("dismissive-correcting-opener", "Για την ακρίβεια, το εισιτήριο ήταν για την Πέμπτη."),
    ("jargon-system-message", "Δεν βρέθηκε παραγγελία με αυτόν τον αριθμό."),
    ("dismissive-slip-no-apology", "Η ακύρωση δεν είχε καταχωρηθεί."),
    ("dismissive-colleague-private", "Η κυρία Μαρία βγήκε για ένα τσιγάρο."),
    ("dismissive-phone-manner", "Ναι\u037e Ποια είναι\u037e"),
    ("dismissive-about-us", "Κι εγώ θύμωσα με τον τρόπο που μου μιλήσατε."),
    ("jargon-officialese", "Η ένστασή σας θα τύχει της δέουσας εξέτασης."),
    ("blame-you-should-have", "Τα είδατε πριν πληρώσετε."),
    ("insult-ultimatum", "Αν δεν εξοφλήσετε, θα σταλεί η οφειλή σε εισπρακτική εταιρεία."),
    ("refusal-declined", "Δεν κλείνουμε ραντεβού με email."),
]


@pytest.mark.parametrize(("rule", "reply"), KINDS)
def test_a_kind_from_the_other_packs_is_flagged_in_greek(rule: str, reply: str) -> None:
    report = check(reply, "el")
    assert rule in {f.rule for f in report.findings}, reply
    assert report.verdict != "ok", reply


# The same words in a helpful reply: with the fix, an apology, a time, a reason or an offer.
HELPFUL = [
    "Αυτό συμβαίνει όταν το φίλτρο είναι γεμάτο· σας δείχνω πώς να το καθαρίσετε σε δύο λεπτά.",
    "Είναι φυσιολογικό να ανησυχείτε για τα χρήματα· σας επιβεβαιώνω ότι η πίστωση έγινε σήμερα.",
    "Σας στέλνω τους όρους σε PDF, αλλά με λίγα λόγια: μπορείτε να ακυρώσετε χωρίς χρέωση ως 48 ώρες πριν.",
    "Η εφαρμογή δεν δέχεται ακόμα κάρτες Diners, αλλά μπορείτε να πληρώσετε με οποιαδήποτε άλλη κάρτα.",
    "Χρειάζομαι μόνο μια φωτογραφία της απόδειξης για να προχωρήσω την επιστροφή σήμερα.",
    "Ελπίζουμε να σας δούμε ξανά σύντομα.",
    "Ο τεχνικός θα περάσει την Πέμπτη μεταξύ 10 και 12.",
    "Ο συνάδελφος θα σας καλέσει σήμερα για να κλείσετε ραντεβού.",
    "Κάναμε λάθος στη χρέωση και σας ζητώ συγγνώμη· η διαφορά επιστρέφεται σήμερα.",
    "Η παραγγελία είναι στο όνομα Γεωργίου, σωστά;",
    "Μήπως θέλετε να σας στείλουμε και το δωρεάν δείγμα της νέας κρέμας;",
    "Η προσφορά λήγει την Κυριακή· αν σας ενδιαφέρει, πείτε μου να σας κρατήσω θέση.",
    "Μην κλείσετε, σας συνδέω με το λογιστήριο.",
    "Στην πραγματικότητα έχετε απόλυτο δίκιο και σας ζητούμε συγγνώμη.",
    "Δεν βρήκα την κράτησή σας με το επώνυμο· μπορείτε να μου στείλετε τον αριθμό κράτησης;",
    "Ευχαριστούμε που περιμένατε. Αργήσαμε λίγο λόγω της κίνησης, αλλά ο διανομέας είναι ήδη στον δρόμο σας.",
    "Κι εμείς χαρήκαμε πολύ που σας φιλοξενήσαμε!",
    "Διαλέξατε ένα πολύ ωραίο δωμάτιο με θέα στη θάλασσα!",
    "Η γιατρός είναι σε επίσκεψη και θα σας καλέσει μόλις επιστρέψει, μέσα στην ώρα.",
    "Δεν χρειάζεται να ξανάρθετε, σας στέλνουμε τα έγγραφα με email.",
    "Αν κάνατε λάθος στο μέγεθος, μπορείτε να το αλλάξετε δωρεάν στο κατάστημα.",
    "Γράψατε «το σύστημα δεν με αφήνει να πληρώσω» — σας στέλνω νέο σύνδεσμο πληρωμής.",
]


@pytest.mark.parametrize("reply", HELPFUL)
def test_a_helpful_reply_sharing_their_words_is_left_alone(reply: str) -> None:
    report = check(reply, "el")
    assert report.verdict == "ok", (reply, [f.rule for f in report.findings])
