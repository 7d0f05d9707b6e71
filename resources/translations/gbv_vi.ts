<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>StorageError</name>
    <message>
        <source>A database already exists at {path}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}. The previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {kind} #{id} does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be kept at {path}: {reason} Keep it on this computer&apos;s own disk and copy backups to other drives instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or has been altered ({detail}). Restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this database is missing. Restore it from a backup (it is saved beside every backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has {count} invalid field(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of gbv-desktop (schema {found}, this version knows up to {known}). Install the newer version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong account name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the unit&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see or change a survivor&apos;s identifying details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&quot;{value}&quot; is not a valid date (dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the allowed choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A city or province code has 2, 3 or 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed model needs the date it closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is a percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ward or commune code has exactly 5 digits, e.g. 24133.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account name has 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount of money or a description of what was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed model has a closing date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter days are recorded but no shelter service was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name &quot;{value}&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed but these needs received no service: {needs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date is before the date it was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase must start no later than it ends, between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service date {value} is before the case was reported ({reported}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between 2000 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women ({female}) and men ({male}) add up to more than the total ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is more than the total ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
