"""Greek kinds of distorted thought that fit permanent / pervasive / personal and used to go
unmarked: anger guessed and taken as about oneself, the fault guessed, a label said as an
exclamation or with the verb last, worth denied outright, the worst guessed (something bad
happened or will happen, a symptom read as illness, the job lost in advance), everything
foretold to go wrong, "it is all over for me", giving up ("it does not matter anyway"), "however
hard I try", "I am too old for it", praise put down to good manners, a failure taken as
the usual, a whole day written off in one word, "why me", the worst foretold in a panic, a
success put down to luck, perfection or nothing, shame foretold, "only bad things happen to me",
no future, the self rejected, a feeling taken as proof and a slip met with disbelief. Each is
marked with its dimension and rewritten as a Greek sentence; the same words in a balanced or
factual sentence stay unmarked."""

from __future__ import annotations

import pytest

from companion.core.reframe import Dimension, detect
from companion.core.reframe_words import load_word_lists
from tests.support import assert_kind_marked, assert_rewritten_as

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL

# (thought, cue, dimension, suggested rewrite)
KINDS = [
    # anger guessed and made personal; the verb keeps its number, "μαζί μου" and a reason stay
    (
        "Η προϊσταμένη θα είναι θυμωμένη μαζί μου.",
        "guessed-anger",
        PERS,
        "Η προϊσταμένη ίσως δεν θύμωσε μαζί μου. Μπορεί να έχει απλώς μια δύσκολη μέρα.",
    ),
    (
        "Ο διευθυντής σίγουρα θα έχει θυμώσει μαζί μου γιατί δεν απάντησα.",
        "guessed-anger",
        PERS,
        "Ο διευθυντής ίσως δεν θύμωσε μαζί μου γιατί δεν απάντησα. "
        "Μπορεί να έχει απλώς μια δύσκολη μέρα.",
    ),
    (
        "Θα έχει εκνευριστεί.",
        "guessed-anger",
        PERS,
        "Ίσως δεν θύμωσε. Μπορεί να έχει απλώς μια δύσκολη μέρα.",
    ),
    (
        "Σιγουρα νευριασε μαζι μου.",
        "guessed-anger",
        PERS,
        "Ίσως δεν θύμωσε μαζι μου. Μπορεί να έχει απλώς μια δύσκολη μέρα.",
    ),
    (
        "Οι συνάδελφοι πρέπει να έχουν ενοχληθεί μαζί μου.",
        "guessed-anger-they",
        PERS,
        "Οι συνάδελφοι ίσως δεν θύμωσαν μαζί μου. Μπορεί να έχουν απλώς μια δύσκολη μέρα.",
    ),
    (
        "Σίγουρα θα είναι πολύ θυμωμένοι.",
        "guessed-anger-they",
        PERS,
        "Ίσως δεν θύμωσαν. Μπορεί να έχουν απλώς μια δύσκολη μέρα.",
    ),
    # the spoken forms, with the vowel dropped ("θα 'χει", "θα 'ναι", "θα 'κανα")
    (
        "Θα 'ναι θυμωμένος μαζί μου.",
        "guessed-anger",
        PERS,
        "Ίσως δεν θύμωσε μαζί μου. Μπορεί να έχει απλώς μια δύσκολη μέρα.",
    ),
    (
        "Θα'χουν θυμώσει.",
        "guessed-anger-they",
        PERS,
        "Ίσως δεν θύμωσαν. Μπορεί να έχουν απλώς μια δύσκολη μέρα.",
    ),
    (
        "Πρέπει να 'κανα κάτι στραβό.",
        "must-have-done-wrong",
        PERS,
        "Ίσως κάτι δεν πήγε καλά. Μπορεί να έπαιξαν ρόλο κι άλλοι παράγοντες.",
    ),
    # the fault guessed, not known
    (
        "Κάτι θα έκανα στραβό στην απάντηση.",
        "must-have-done-wrong",
        PERS,
        "Ίσως κάτι δεν πήγε καλά στην απάντηση. Μπορεί να έπαιξαν ρόλο κι άλλοι παράγοντες.",
    ),
    (
        "Πρέπει να έχω κάνει κάτι λάθος με το αίτημα.",
        "must-have-done-wrong",
        PERS,
        "Ίσως κάτι δεν πήγε καλά με το αίτημα. Μπορεί να έπαιξαν ρόλο κι άλλοι παράγοντες.",
    ),
    (
        "Τι εκανα παλι λαθος;",
        "must-have-done-wrong",
        PERS,
        "Ίσως κάτι δεν πήγε καλά. Μπορεί να έπαιξαν ρόλο κι άλλοι παράγοντες.",
    ),
    (
        "Πρέπει να κάναμε κάτι λάθος στην παραγγελία.",
        "must-have-done-wrong",
        PERS,
        "Ίσως κάτι δεν πήγε καλά στην παραγγελία. Μπορεί να έπαιξαν ρόλο κι άλλοι παράγοντες.",
    ),
    # a label exclaimed, or with the verb last
    ("Τι άχρηστη που είμαι!", "label-exclaimed", PERS, "Έκανα ένα λάθος, συμβαίνει."),
    ("Τι μεγάλος βλάκας που ήμουν.", "label-exclaimed", PERS, "Έκανα ένα λάθος, συμβαίνει."),
    ("Ανίκανος είμαι τελικά.", "label-exclaimed", PERS, "Έκανα ένα λάθος, συμβαίνει."),
    ("Νιώθω για πέταμα.", "label-exclaimed", PERS, "Έκανα ένα λάθος, συμβαίνει."),
    ("Τι ανόητη που είμαι!", "label-exclaimed", PERS, "Έκανα ένα λάθος, συμβαίνει."),
    # worth denied outright
    (
        "Δεν έχω καμιά αξία ως άνθρωπος.",
        "worthless",
        PERS,
        "Η αξία μου δεν κρίνεται από μία δύσκολη μέρα.",
    ),
    ("Δεν αξιζω δεκαρα.", "worthless", PERS, "Η αξία μου δεν κρίνεται από μία δύσκολη μέρα."),
    (
        "Νιώθω πως σαν υπάλληλος δεν αξίζω δεκάρα.",
        "worthless",
        PERS,
        "Νιώθω πως σαν υπάλληλος η αξία μου δεν κρίνεται από μία δύσκολη μέρα.",
    ),
    # the worst guessed, past and future; a symptom read as illness
    (
        "Κάτι πολύ σοβαρό σίγουρα έχει γίνει με τον λογαριασμό.",
        "something-terrible-happened",
        PERM,
        "Δεν ξέρω ακόμα τι έγινε με τον λογαριασμό. Το χειρότερο είναι μόνο ένα από τα ενδεχόμενα.",
    ),
    (
        "Μάλλον συνέβη κάτι κακό στον συνάδελφο.",
        "something-terrible-happened",
        PERM,
        "Δεν ξέρω ακόμα τι έγινε στον συνάδελφο. Το χειρότερο είναι μόνο ένα από τα ενδεχόμενα.",
    ),
    (
        "Κάτι άσχημο θα συμβεί στη συνάντηση.",
        "something-terrible-will-happen",
        PERM,
        "Δεν ξέρω ακόμα πώς θα πάει στη συνάντηση. Το χειρότερο είναι μόνο ένα από τα ενδεχόμενα.",
    ),
    (
        "Θα γίνει κάτι τραγικό αύριο.",
        "something-terrible-will-happen",
        PERM,
        "Δεν ξέρω ακόμα πώς θα πάει αύριο. Το χειρότερο είναι μόνο ένα από τα ενδεχόμενα.",
    ),
    (
        "Μήπως παθαίνω καρδιακό επεισόδιο;",
        "something-serious-with-me",
        PERM,
        "Μάλλον είναι το άγχος και θα περάσει.",
    ),
    (
        "Σίγουρα έχω κάτι σοβαρό.",
        "something-serious-with-me",
        PERM,
        "Μάλλον είναι το άγχος και θα περάσει.",
    ),
    # the job lost in advance
    (
        "Θα με βάλουν να φύγω.",
        "worst-case-job",
        PERM,
        "Φοβάμαι το χειρότερο, όμως δεν έχει γίνει. Τι δείχνει ότι μπορεί να πάει αλλιώς;",
    ),
    (
        "Σιγουρα θα χασω τη θεση μου.",
        "worst-case-job",
        PERM,
        "Φοβάμαι το χειρότερο, όμως δεν έχει γίνει. Τι δείχνει ότι μπορεί να πάει αλλιώς;",
    ),
    (
        "Θα μείνω άνεργη.",
        "worst-case-job",
        PERM,
        "Φοβάμαι το χειρότερο, όμως δεν έχει γίνει. Τι δείχνει ότι μπορεί να πάει αλλιώς;",
    ),
    # everything foretold to go wrong
    (
        "Τα πάντα θα πάνε κατά διαβόλου με το νέο σύστημα.",
        "everything-will-go-wrong",
        PERV,
        "Κάτι μπορεί να πάει στραβά με το νέο σύστημα. Όχι όμως όλα.",
    ),
    (
        "Θα πάνε όλα χάλια στη συνάντηση.",
        "everything-will-go-wrong",
        PERV,
        "Κάτι μπορεί να πάει στραβά στη συνάντηση. Όχι όμως όλα.",
    ),
    (
        "Όλα θα καταρρεύσουν.",
        "everything-will-go-wrong",
        PERV,
        "Κάτι μπορεί να πάει στραβά. Όχι όμως όλα.",
    ),
    # it is all over for me
    ("Τελείωσαν τα πάντα για μένα.", "all-over-for-me", PERM, "Περνάω μια δύσκολη φάση."),
    ("Για μένα τελείωσαν όλα.", "all-over-for-me", PERM, "Περνάω μια δύσκολη φάση."),
    # giving up
    (
        "Ούτως ή άλλως δεν αλλάζει τίποτα.",
        "no-use-anyway",
        PERM,
        "Ίσως έχει σημασία, ακόμα κι αν τώρα δεν το βλέπω.",
    ),
    (
        "Δεν έχει καμία σημασία έτσι κι αλλιώς.",
        "no-use-anyway",
        PERM,
        "Ίσως έχει σημασία, ακόμα κι αν τώρα δεν το βλέπω.",
    ),
    (
        "Τιποτα δεν αξιζει πια.",
        "no-use-anyway",
        PERM,
        "Ίσως έχει σημασία, ακόμα κι αν τώρα δεν το βλέπω.",
    ),
    (
        "Δεν βρίσκω νόημα να συνεχίζω.",
        "no-point-trying",
        PERM,
        "Ίσως αξίζει να συνεχίζω, ακόμα κι αν τώρα δεν το βλέπω.",
    ),
    (
        "Δεν έχει νόημα να προσπαθώ πια.",
        "no-point-trying",
        PERM,
        "Ίσως αξίζει να προσπαθώ, ακόμα κι αν τώρα δεν το βλέπω.",
    ),
    # however hard I try
    (
        "Όσο κι αν παλεύω, κάτι ξεφεύγει.",
        "no-matter-how-hard",
        PERV,
        "Αυτή τη φορά, κάτι ξεφεύγει. Είναι μία περίπτωση, όχι όλες.",
    ),
    (
        "Όσο κι αν δούλεψα, δεν φάνηκε.",
        "no-matter-how-hard",
        PERV,
        "Αυτή τη φορά, δεν φάνηκε. Είναι μία περίπτωση, όχι όλες.",
    ),
    # too old for it; the verb after "για να" stays
    (
        "Είμαι πάρα πολύ μεγάλη για να μάθω καινούργιο πρόγραμμα.",
        "too-old-to",
        PERM,
        "Μπορώ ακόμα να μάθω καινούργιο πρόγραμμα. Με τον δικό μου ρυθμό.",
    ),
    (
        "Ειμαι πια πολυ μεγαλος για να αλλαξω δουλεια.",
        "too-old-to",
        PERM,
        "Μπορώ ακόμα να αλλαξω δουλεια. Με τον δικό μου ρυθμό.",
    ),
    (
        "Είμαι πολύ γέρος γι' αυτό.",
        "too-old-for",
        PERM,
        "Μπορώ ακόμα να το δοκιμάσω. Με τον δικό μου ρυθμό.",
    ),
    (
        "Είμαι πολύ μεγάλη για τέτοιες δουλειές.",
        "too-old-for",
        PERM,
        "Μπορώ ακόμα να το δοκιμάσω. Με τον δικό μου ρυθμό.",
    ),
    # praise explained away as flattery or good manners
    (
        "Η πελάτισσα το είπε απλώς από ευγένεια.",
        "praise-explained-away",
        PERS,
        "Μπορεί να το εννοεί πραγματικά. Αξίζει να το κρατήσω.",
    ),
    (
        "Θέλει μόνο να με κολακέψει.",
        "praise-explained-away",
        PERS,
        "Μπορεί να το εννοεί πραγματικά. Αξίζει να το κρατήσω.",
    ),
    (
        "Μου το έγραψε για να μη με πικράνει.",
        "praise-explained-away",
        PERS,
        "Μπορεί να το εννοεί πραγματικά. Αξίζει να το κρατήσω.",
    ),
    # a failure taken as a matter of course
    (
        "Εννοείται ότι δεν τα κατάφερα.",
        "failure-as-usual",
        PERM,
        "Αυτή τη φορά δεν πήγε όπως ήθελα. Την επόμενη φορά μπορεί να πάει αλλιώς.",
    ),
    (
        "Φυσικά, τα έκανα λάθος.",
        "failure-as-usual",
        PERM,
        "Αυτή τη φορά δεν πήγε όπως ήθελα. Την επόμενη φορά μπορεί να πάει αλλιώς.",
    ),
    (
        "Ως συνήθως απέτυχα.",
        "failure-as-usual",
        PERM,
        "Αυτή τη φορά δεν πήγε όπως ήθελα. Την επόμενη φορά μπορεί να πάει αλλιώς.",
    ),
    # the whole performance written off in a word
    (
        "Τα έκανα μαντάρα.",
        "messed-it-up",
        PERS,
        "Κάτι δεν πήγε καλά αυτή τη φορά. Μπορώ να δω τι ακριβώς ήταν.",
    ),
    (
        "Τα σκάτωσα εντελώς!",
        "messed-it-up",
        PERS,
        "Κάτι δεν πήγε καλά αυτή τη φορά. Μπορώ να δω τι ακριβώς ήταν.",
    ),
    (
        "Τα έχω κάνει σαλάτα.",
        "messed-it-up",
        PERS,
        "Κάτι δεν πήγε καλά αυτή τη φορά. Μπορώ να δω τι ακριβώς ήταν.",
    ),
    # "why me"
    (
        "Γιατί να μου συμβαίνουν όλα αυτά;",
        "why-me",
        PERV,
        "Αυτή τη φορά έτυχε σε μένα. Συμβαίνει και σε άλλους.",
    ),
    (
        "Γιατί μόνο σε μένα;",
        "why-me",
        PERV,
        "Αυτή τη φορά έτυχε σε μένα. Συμβαίνει και σε άλλους.",
    ),
    (
        "Γιατί σ' εμένα;",
        "why-me",
        PERV,
        "Αυτή τη φορά έτυχε σε μένα. Συμβαίνει και σε άλλους.",
    ),
    # the worst foretold in a panic
    (
        "Θα λιποθυμήσω.",
        "panic-worst",
        PERM,
        "Είναι το άγχος· είναι δυσάρεστο, αλλά θα περάσει.",
    ),
    (
        "Μήπως τρελαθώ;",
        "panic-worst",
        PERM,
        "Είναι το άγχος· είναι δυσάρεστο, αλλά θα περάσει.",
    ),
    (
        "Θα χάσω τον έλεγχο!",
        "panic-worst",
        PERM,
        "Είναι το άγχος· είναι δυσάρεστο, αλλά θα περάσει.",
    ),
    # a success put down to luck or a mistake
    (
        "Με πήραν κατά λάθος.",
        "not-earned",
        PERS,
        "Τα κατάφερα με τη δουλειά μου, κι ας μου φαίνεται ακόμα περίεργο.",
    ),
    (
        "Τα κατάφερα από καθαρή τύχη.",
        "not-earned",
        PERS,
        "Τα κατάφερα με τη δουλειά μου, κι ας μου φαίνεται ακόμα περίεργο.",
    ),
    (
        "Κάποια στιγμή θα καταλάβουν ότι δεν είμαι τόσο καλή.",
        "not-earned",
        PERS,
        "Τα κατάφερα με τη δουλειά μου, κι ας μου φαίνεται ακόμα περίεργο.",
    ),
    (
        "Δεν άξιζα αυτή την προαγωγή.",
        "not-earned",
        PERS,
        "Τα κατάφερα με τη δουλειά μου, κι ας μου φαίνεται ακόμα περίεργο.",
    ),
    # perfection or nothing
    (
        "Πρέπει να είμαι τέλεια σε όλα.",
        "perfect-or-nothing",
        PERV,
        "Θέλω να τα πάω καλά, και ένα λάθος δεν τα χαλάει όλα.",
    ),
    (
        "Ή θα το κάνω τέλεια ή καθόλου.",
        "perfect-or-nothing",
        PERV,
        "Θέλω να τα πάω καλά, και ένα λάθος δεν τα χαλάει όλα.",
    ),
    (
        "Δεν επιτρέπεται να κάνω ούτε ένα λάθος.",
        "perfect-or-nothing",
        PERV,
        "Θέλω να τα πάω καλά, και ένα λάθος δεν τα χαλάει όλα.",
    ),
    # shame foretold
    (
        "Θα γίνω ρεζίλι μπροστά σε όλη την ομάδα.",
        "shame-foretold",
        PERM,
        "Μπορεί να μην το προσέξει κανείς τόσο όσο φοβάμαι.",
    ),
    (
        "Θα με περάσουν για χαζή.",
        "shame-foretold",
        PERM,
        "Μπορεί να μην το προσέξει κανείς τόσο όσο φοβάμαι.",
    ),
    (
        "Θα γελάσουν μαζί μου στη σύσκεψη.",
        "shame-foretold",
        PERM,
        "Μπορεί να μην το προσέξει κανείς τόσο όσο φοβάμαι.",
    ),
    # only bad things, whatever I touch
    (
        "Μου τυχαίνουν μόνο στραβά.",
        "only-bad-things",
        PERV,
        "Αυτή τη φορά κάτι πήγε στραβά. Άλλα πράγματα μου έχουν πάει καλά.",
    ),
    (
        "Ό,τι πιάνω το χαλάω.",
        "only-bad-things",
        PERV,
        "Αυτή τη φορά κάτι πήγε στραβά. Άλλα πράγματα μου έχουν πάει καλά.",
    ),
    (
        "Μου έρχονται μόνο αναποδιές.",
        "only-bad-things",
        PERV,
        "Αυτή τη φορά κάτι πήγε στραβά. Άλλα πράγματα μου έχουν πάει καλά.",
    ),
    # no future, no hope
    (
        "Δεν έχω κανένα μέλλον.",
        "no-future",
        PERM,
        "Τώρα δεν βλέπω τον δρόμο, αλλά αυτό μπορεί να αλλάξει.",
    ),
    (
        "Δεν υπάρχει ελπίδα για μένα.",
        "no-future",
        PERM,
        "Τώρα δεν βλέπω τον δρόμο, αλλά αυτό μπορεί να αλλάξει.",
    ),
    (
        "Δεν έχω πια μέλλον εδώ.",
        "no-future",
        PERM,
        "Τώρα δεν βλέπω τον δρόμο, αλλά αυτό μπορεί να αλλάξει.",
    ),
    # the self rejected
    (
        "Ντρέπομαι για τον εαυτό μου.",
        "self-rejected",
        PERS,
        "Με πείραξε κάτι που έκανα· δεν είμαι μόνο αυτό.",
    ),
    (
        "Μισώ τον εαυτό μου.",
        "self-rejected",
        PERS,
        "Με πείραξε κάτι που έκανα· δεν είμαι μόνο αυτό.",
    ),
    (
        "Σιχαίνομαι τον εαυτό μου μετά από τέτοιες μέρες.",
        "self-rejected",
        PERS,
        "Με πείραξε κάτι που έκανα· δεν είμαι μόνο αυτό.",
    ),
    # a feeling taken as proof
    (
        "Νιώθω ένοχη, άρα κάτι κακό έκανα.",
        "feeling-as-proof",
        PERS,
        "Το νιώθω έτσι, αλλά ένα συναίσθημα δεν είναι απόδειξη.",
    ),
    (
        "Αφού αγχώνομαι τόσο, κάτι θα πάει στραβά.",
        "feeling-as-proof",
        PERS,
        "Το νιώθω έτσι, αλλά ένα συναίσθημα δεν είναι απόδειξη.",
    ),
    # hindsight with the past tense of "would"
    (
        "Αν ήμουνα πιο προσεκτική, δεν θα χανόταν το δέμα.",
        "hindsight",
        PERS,
        "Τώρα ξέρω κάτι που τότε δεν ήξερα.",
    ),
    # a slip met with disbelief at oneself
    (
        "Δεν το πιστεύω ότι έκανα τέτοια γκάφα.",
        "cant-believe-i-did",
        PERS,
        "Έκανα ένα λάθος· συμβαίνει, και μπορώ να το διορθώσω.",
    ),
    (
        "Δεν μπορώ να το πιστέψω ότι έκανα πάλι το ίδιο λάθος.",
        "cant-believe-i-did",
        PERS,
        "Έκανα ένα λάθος· συμβαίνει, και μπορώ να το διορθώσω.",
    ),
    (
        "Πώς μπόρεσα να κάνω τέτοιο λάθος;",
        "cant-believe-i-did",
        PERS,
        "Έκανα ένα λάθος· συμβαίνει, και μπορώ να το διορθώσω.",
    ),
    # "μού" with the accent of emphasis, as it is often written before the verb
    (
        "Τα πάντα μού πάνε στραβά.",
        "everything-wrong",
        PERV,
        "Κάτι πήγε στραβά. Είναι μία περίπτωση, όχι όλες.",
    ),
    # "everything" put first, as it is often said: "Όλα τα κάνω στραβά"
    (
        "Όλα τα κάνω στραβά στη δουλειά.",
        "everything-wrong",
        PERV,
        "Κάτι πήγε στραβά στη δουλειά. Είναι μία περίπτωση, όχι όλες.",
    ),
    (
        "Τίποτα δεν μού βγαίνει.",
        "nothing-right",
        PERV,
        "Δυσκολεύομαι με ένα συγκεκριμένο πράγμα. Είναι μία περίπτωση, όχι όλες.",
    ),
    # a label with the role it is pinned on goes out whole; a bad person, an insecure one
    (
        "Είμαι άχρηστη μητέρα.",
        "label",
        PERS,
        "Είχα μια δύσκολη μέρα.",
    ),
    (
        "Είμαι τόσο ανίκανος σαν συνάδελφος.",
        "label",
        PERS,
        "Είχα μια δύσκολη μέρα.",
    ),
    (
        "Είμαι κακός άνθρωπος.",
        "label",
        PERS,
        "Είχα μια δύσκολη μέρα.",
    ),
    (
        "Είμαι ανασφαλής.",
        "label",
        PERS,
        "Είχα μια δύσκολη μέρα.",
    ),
    # no talent for anything; failing at everything
    (
        "Δεν έχω ταλέντο σε τίποτα.",
        "good-at-nothing",
        PERS,
        "Δυσκολεύομαι με κάποια πράγματα.",
    ),
    (
        "Σε όλα αποτυγχάνω.",
        "nothing-right",
        PERV,
        "Δυσκολεύομαι με ένα συγκεκριμένο πράγμα. Είναι μία περίπτωση, όχι όλες.",
    ),
    (
        "Αποτυγχάνω σε όλα.",
        "nothing-right",
        PERV,
        "Δυσκολεύομαι με ένα συγκεκριμένο πράγμα. Είναι μία περίπτωση, όχι όλες.",
    ),
    # a success put down to luck or chance
    (
        "Απλώς στάθηκα τυχερή.",
        "anyone-could",
        PERS,
        "Το κατάφερα εγώ.",
    ),
    (
        "Ήταν τυχαίο που πήγε καλά.",
        "anyone-could",
        PERS,
        "Το κατάφερα εγώ.",
    ),
    # other musts: pleasing everyone, doing it all alone
    (
        "Πρέπει να αρέσω σε όλους.",
        "perfect-or-nothing",
        PERV,
        "Θέλω να τα πάω καλά, και ένα λάθος δεν τα χαλάει όλα.",
    ),
    (
        "Πρέπει να τα κάνω όλα μόνη μου.",
        "perfect-or-nothing",
        PERV,
        "Θέλω να τα πάω καλά, και ένα λάθος δεν τα χαλάει όλα.",
    ),
    # all of it on me
    (
        "Είμαι υπεύθυνη για την ευτυχία όλων.",
        "responsible-for-all",
        PERS,
        "Έχω ευθύνη για το δικό μου κομμάτι, όχι για όλα.",
    ),
    (
        "Είμαι υπεύθυνος για τα πάντα στο τμήμα.",
        "responsible-for-all",
        PERS,
        "Έχω ευθύνη για το δικό μου κομμάτι, όχι για όλα.",
    ),
    (
        "Δεν μου αξίζει τίποτα καλό.",
        "worthless",
        PERS,
        "Η αξία μου δεν κρίνεται από μία δύσκολη μέρα.",
    ),
    # the bad outcome known in advance; not surviving it
    (
        "Ξέρω ότι θα πάει άσχημα.",
        "sure-it-goes-badly",
        PERM,
        "Δεν ξέρω ακόμα πώς θα πάει. Μπορεί να πάει και καλά.",
    ),
    (
        "Σίγουρα θα βγει στραβά.",
        "sure-it-goes-badly",
        PERM,
        "Δεν ξέρω ακόμα πώς θα πάει. Μπορεί να πάει και καλά.",
    ),
    (
        "Είμαι σίγουρη πως θα καταλήξει χάλια.",
        "sure-it-goes-badly",
        PERM,
        "Δεν ξέρω ακόμα πώς θα πάει. Μπορεί να πάει και καλά.",
    ),
    (
        "Δεν θα το αντέξω.",
        "wont-survive-it",
        PERM,
        "Θα είναι δύσκολο, αλλά έχω περάσει και άλλα δύσκολα.",
    ),
    (
        "Αν με αφήσει, δεν θα επιβιώσω.",
        "wont-survive-it",
        PERM,
        "Θα είναι δύσκολο, αλλά έχω περάσει και άλλα δύσκολα.",
    ),
    (
        "Αν κλείσει το μαγαζί, θα καταστραφώ.",
        "wont-survive-it",
        PERM,
        "Θα είναι δύσκολο, αλλά έχω περάσει και άλλα δύσκολα.",
    ),
]

NEW_CUES = {
    "guessed-anger",
    "guessed-anger-they",
    "must-have-done-wrong",
    "label-exclaimed",
    "worthless",
    "something-terrible-happened",
    "something-terrible-will-happen",
    "something-serious-with-me",
    "worst-case-job",
    "everything-will-go-wrong",
    "all-over-for-me",
    "no-use-anyway",
    "no-point-trying",
    "no-matter-how-hard",
    "too-old-to",
    "too-old-for",
    "praise-explained-away",
    "failure-as-usual",
    "messed-it-up",
    "why-me",
    "panic-worst",
    "not-earned",
    "perfect-or-nothing",
    "shame-foretold",
    "only-bad-things",
    "no-future",
    "self-rejected",
    "feeling-as-proof",
    "hindsight",
    "cant-believe-i-did",
    "everything-wrong",
    "nothing-right",
    "label",
    "good-at-nothing",
    "anyone-could",
    "responsible-for-all",
    "sure-it-goes-badly",
    "wont-survive-it",
}

# near misses and balanced versions of the same kinds: nothing is marked
BALANCED = [
    # a deadline with a plan, one order in my care, a good outcome expected, a fear with a plan
    "Πρέπει να τα κάνω όλα μέχρι την Παρασκευή, θα φτιάξω λίστα.",
    "Είμαι υπεύθυνος για την παραγγελία του κυρίου Νίκου.",
    "Ξέρω ότι θα πάει καλά.",
    "Δεν θα αντέξω άλλη μία τέτοια βάρδια χωρίς διάλειμμα.",
    "Θα το αντέξω.",
    "Η εταιρεία θα καταστραφεί αν συνεχίσει έτσι.",
    "Φοβάμαι ότι δεν θα το αντέξω, αλλά θα ζητήσω βοήθεια.",
    # hope with "never" and "always"; the worst named and shrugged off
    "Ποτέ δεν είναι αργά να μάθω κάτι καινούργιο.",
    "Πάντα μπορώ να ζητήσω βοήθεια.",
    "Θα με κοροϊδέψουν λίγο, και τι έγινε;",
    "Θα αποτύχω, και τι έγινε; Θα ξαναδοκιμάσω.",
    "Θα με απολύσουν, αλλά δεν θα είναι το τέλος του κόσμου.",
    # a feeling named, someone else's bad day, good luck enjoyed, a chance meeting, learners
    "Νιώθω απαίσια σήμερα.",
    "Ήταν κακός άνθρωπος ο πελάτης.",
    "Στάθηκα τυχερή με τον καιρό στην εκδρομή.",
    "Ήταν σύμπτωση ότι βρεθήκαμε στο ίδιο κατάστημα.",
    "Σε όλα αποτυγχάνουν στην αρχή, μετά μαθαίνουν.",
    # disbelief at something good, a mistake doubted; one report that came out rough
    "Δεν μπορώ να πιστέψω ότι έκλεισα τόσες πωλήσεις σήμερα!",
    "Δεν πιστεύω ότι έκανα λάθος, θα το ξαναελέγξω.",
    "Η αναφορά μού βγήκε λίγο πρόχειρη, θα τη φτιάξω.",
    # a duty with a time, not perfection; a laugh shared; a good run; a hope about a bus
    "Πρέπει να είναι τέλειο το προϊόν πριν το στείλουμε.",
    "Πρέπει να είμαι στο γραφείο στις εννιά.",
    "Δεν χρειάζεται να είμαι τέλεια.",
    "Θα γελάσουμε πολύ στη γιορτή της ομάδας.",
    "Ό,τι πιάνω γίνεται χρυσός αυτή την εβδομάδα.",
    "Μου συμβαίνουν και καλά και άσχημα, όπως σε όλους.",
    "Δεν υπάρχει ελπίδα να προλάβω το λεωφορείο, θα πάρω ταξί.",
    "Ντρέπομαι λίγο που άργησα, θα ζητήσω συγγνώμη.",
    "Νιώθω κουρασμένη, οπότε θα κάνω ένα διάλειμμα.",
    "Αφού φοβάμαι, θα ζητήσω από τη συνάδελφο να είναι δίπλα μου.",
    "Αν είχα χρόνο, θα έβλεπα μια ταινία.",
    "Το είπε από ευγένεια ή το εννοούσε; Θα τη ρωτήσω.",
    "Θα πεθάνω της πείνας, πάμε για φαγητό;",
    # thanks taken as meant, a reassurance with its reason, a success owned
    "Η πελάτισσα με ευχαρίστησε από καρδιάς.",
    "Θέλει να με ευχαριστήσει για τη βοήθεια.",
    "Μου το είπε για να μην ανησυχώ για την παράδοση.",
    "Φυσικά και το έκανα καλά.",
    "Φυσικά και δεν πειράζει.",
    # a slip named with what it was about, denied or wondered about
    "Τα έκανα σαλάτα με τη διεύθυνση, θα το διορθώσω τώρα.",
    "Δεν τα έκανα μαντάρα, απλώς άργησα.",
    "Μήπως τα έκανα σαλάτα;",
    # a real question, a joke, a complaint with its cause, a fear answered
    "Γιατί σε μένα ανατέθηκε αυτό το αίτημα;",
    "Γιατί μου συμβαίνει αυτό το σφάλμα στο πρόγραμμα;",
    "Θα πεθάνω από τα γέλια με αυτόν τον πελάτη.",
    "Θα τρελαθώ με αυτό το σύστημα.",
    "Νόμιζα ότι θα λιποθυμήσω, αλλά ήταν μόνο το άγχος.",
    "Φοβάμαι ότι θα τρελαθώ, αλλά ανασαίνω αργά και περνάει.",
    # a slip by mistake, and what someone else did not deserve
    "Το έστειλα κατά λάθος σε άλλον πελάτη.",
    "Δεν άξιζα τέτοια συμπεριφορά από τον πελάτη.",
    "Δεν το άξιζε η συνάδελφος αυτό το σχόλιο.",
    # anger with its cause outside the agent, or only wondered about
    "Ο πελάτης θύμωσε με την καθυστέρηση της παράδοσης.",
    "Θα είναι θυμωμένη με την καθυστέρηση.",
    "Μάλλον θα έχει θυμώσει με το σύστημα, όχι μαζί μου.",
    "Δεν ξέρω αν έχει θυμώσει, θα τον ρωτήσω.",
    # a mistake named and mended; a question about a fact
    "Έκανα ένα λάθος στην παραγγελία και το διόρθωσα.",
    "Τι έκανα σήμερα στη βάρδια; Απάντησα σε σαράντα κλήσεις.",
    "Τι κάναμε λάθος στην παραγγελία; Θα το ελέγξω στο ιστορικό.",
    "Τι έκανα λάθος στη ρύθμιση; Ας το ξαναδώ.",
    # "τι" + a word from the label list, not about oneself; a label denied
    "Τι χάλια καιρός σήμερα.",
    "Τι ωραία μέρα!",
    "Αυτό το σχέδιο είναι ανόητο.",
    "Δεν είμαι ανόητη.",
    "Δεν είμαι άχρηστη, απλώς κουράστηκα.",
    "Άχρηστη δεν είμαι, απλώς είμαι καινούργια.",
    # worth said, not denied
    "Αξίζω ένα διάλειμμα.",
    "Η δουλειά μου έχει αξία.",
    # bad things as facts or denied, and a fear answered with a plan
    "Δεν συνέβη τίποτα σοβαρό.",
    "Συνέβη κάτι σοβαρό στο σύστημα και το κλιμάκωσα.",
    "Φοβάμαι ότι θα χάσω τη δουλειά μου, αλλά θα μιλήσω με την προϊσταμένη.",
    "Φοβάμαι πως θα πάνε όλα στραβά, όμως θα ετοιμαστώ καλά.",
    "Δεν θα χάσω τη δουλειά μου για ένα λάθος.",
    # the future told kindly, or one thing only
    "Όλα θα πάνε καλά.",
    "Δεν πάνε όλα στραβά.",
    # the shift is over, not the agent
    "Η βάρδια τελείωσε για μένα, πάω σπίτι.",
    "Όλα τελείωσαν, πάω σπίτι.",
    # "δεν πειράζει" as kindness, "έτσι κι αλλιώς" without giving up
    "Δεν πειράζει, θα το ξαναστείλουμε αύριο.",
    "Δεν πειράζει, συμβαίνει.",
    "Έτσι κι αλλιώς ήθελα να κάνω διάλειμμα.",
    # effort and bounded feelings
    "Σήμερα έκανα ό,τι περνούσε από το χέρι μου με τον πελάτη.",
    "Σήμερα είμαι κουρασμένη.",
    "Όλοι κάνουμε λάθη.",
    "Ναι, δυσκολεύομαι. Αλλά θα βρω τρόπο.",
]


@pytest.mark.parametrize(("thought", "cue", "dimension", "expected"), KINDS)
def test_each_kind_is_marked_with_its_dimension(
    thought: str, cue: str, dimension: Dimension, expected: str
) -> None:
    assert_kind_marked(thought, "el", cue, dimension)


@pytest.mark.parametrize(("thought", "cue", "dimension", "expected"), KINDS)
def test_each_rewrite_is_a_full_sentence_without_the_marked_words(
    thought: str, cue: str, dimension: Dimension, expected: str
) -> None:
    assert_rewritten_as(thought, "el", dimension, expected)


def test_every_new_cue_is_in_the_pack_and_has_examples() -> None:
    assert not NEW_CUES - set(load_word_lists("el").cue_by_id)
    assert {cue for _t, cue, _d, _e in KINDS} == NEW_CUES


@pytest.mark.parametrize("thought", BALANCED)
def test_near_misses_and_balanced_thoughts_stay_unmarked(thought: str) -> None:
    assert detect(thought, "el").markings == (), thought


# "not enough" said of oneself with no "good" after it is read as "not good enough" is
NOT_ENOUGH = [
    ("Δεν είμαι αρκετός.", "Μαθαίνω ακόμα."),
    ("Δεν είμαι αρκετή για αυτή τη δουλειά.", "Μαθαίνω ακόμα για αυτή τη δουλειά."),
]


@pytest.mark.parametrize(("thought", "expected"), NOT_ENOUGH)
def test_not_enough_said_of_oneself_is_a_verdict(thought: str, expected: str) -> None:
    found = detect(thought, "el")
    assert [m.cue for m in found.markings] == ["not-cut-out"]
    assert found.suggestions[PERS] == expected


@pytest.mark.parametrize(
    "thought",
    ["Δεν είμαι αρκετά σίγουρη για την ώρα.", "Δεν είμαι αρκετός να τα κάνω όλα μόνος."],
)
def test_not_enough_of_something_else_is_left_alone(thought: str) -> None:
    assert detect(thought, "el").markings == ()


# the worst case about money asked as a question: "what if I can't pay?"
@pytest.mark.parametrize(
    "thought",
    [
        "Τι θα γίνει αν δεν μπορέσω να πληρώσω το ενοίκιο;",
        "Κι αν δεν καταφέρω να τα βγάλω πέρα ως το τέλος του μήνα;",
    ],
)
def test_the_worst_case_about_money_is_read(thought: str) -> None:
    assert [m.cue for m in detect(thought, "el").markings] == ["worst-case"]


def test_a_plain_what_if_about_a_visit_is_left_alone() -> None:
    assert detect("Τι θα γίνει αν δεν μπορέσω να έρθω αύριο;", "el").markings == ()
