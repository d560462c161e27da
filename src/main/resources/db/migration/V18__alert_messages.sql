-- An alert's words in any language: the message key the web UI looks up in its bundles and the arguments it fills in
-- (numbers as numbers, so each language formats them its own way). The stored English text stays what the API and the
-- CSV give; rows raised before this column existed have no key and are shown with that text.
alter table alert add column message_key  text check (message_key ~ '^[a-z][a-zA-Z0-9.-]{0,127}$');
alter table alert add column message_args jsonb check (message_args is null or jsonb_typeof(message_args) = 'object');
alter table alert add constraint alert_message_whole check (message_args is null or message_key is not null);
