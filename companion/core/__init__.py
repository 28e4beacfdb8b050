"""Plain-Python core: no Qt, no SQL, no clock or disk reads behind the caller's back."""
