"""The portfolio timeline: the timeline view, one entry's growth, the activity overview."""
