"""Learning Journal: students keep the story of their own learning."""

__version__ = "0.1.0"
APP_NAME = "Learning Journal"
