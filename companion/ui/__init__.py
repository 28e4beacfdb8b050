"""The Qt face of Companion: one module per screen, plus tray, actions and the controller."""
