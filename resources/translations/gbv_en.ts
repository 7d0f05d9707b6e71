<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountsTab</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Enable…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>A new password for {username}. Tell it to them in person.</source>
        <translation>A new password for {username}. Tell it to them in person.</translation>
    </message>
    <message>
        <source>Account {username} added.</source>
        <translation>Account {username} added.</translation>
    </message>
    <message>
        <source>Account {username} disabled.</source>
        <translation>Account {username} disabled.</translation>
    </message>
    <message>
        <source>Account {username} enabled.</source>
        <translation>Account {username} enabled.</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters that others cannot guess.</source>
        <translation>Choose a password of at least 8 characters that others cannot guess.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Disable the account {username}? It can no longer sign in. Enabling it again needs a new password.</source>
        <translation>Disable the account {username}? It can no longer sign in. Enabling it again needs a new password.</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Only an administrator can add accounts, reset passwords or disable accounts. Ask your administrator if someone needs an account.</source>
        <translation>Only an administrator can add accounts, reset passwords or disable accounts. Ask your administrator if someone needs an account.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Signed in as {name} ({username}), {role}.</source>
        <translation>Signed in as {name} ({username}), {role}.</translation>
    </message>
    <message>
        <source>The password of {username} has been reset.</source>
        <translation>The password of {username} has been reset.</translation>
    </message>
    <message>
        <source>To enable {username} again, give the account a new password.</source>
        <translation>To enable {username} again, give the account a new password.</translation>
    </message>
    <message>
        <source>You cannot disable the account you are signed in with.</source>
        <translation>You cannot disable the account you are signed in with.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Attendances (total)</source>
        <translation>Attendances (total)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Co-organising bodies</source>
        <translation>Co-organising bodies</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End date (if several days)</source>
        <translation>End date (if several days)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Materials handed out</source>
        <translation>Materials handed out</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organisation and cost</source>
        <translation>Organisation and cost</translation>
    </message>
    <message>
        <source>Place (hamlet, residential group)</source>
        <translation>Place (hamlet, residential group)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>e.g. Thematic talk on preventing domestic violence</source>
        <translation>e.g. Thematic talk on preventing domestic violence</translation>
    </message>
    <message>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <source>of whom children</source>
        <translation>of whom children</translation>
    </message>
    <message>
        <source>of whom from ethnic minorities</source>
        <translation>of whom from ethnic minorities</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>{n} not counted by sex</source>
        <translation>{n} not counted by sex</translation>
    </message>
    <message>
        <source>⚠ women + men = {n}, more than the total</source>
        <translation>⚠ women + men = {n}, more than the total</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Children attending</source>
        <translation>Children attending</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Co-organisers</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Consent to share</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Ethnic minority attending</source>
        <translation>Ethnic minority attending</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Identifying details</source>
        <translation>Identifying details</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>In-kind value</source>
        <translation>In-kind value</translation>
    </message>
    <message>
        <source>Inspected body</source>
        <translation>Inspected body</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>Inspected by</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <source>Materials handed out</source>
        <translation>Materials handed out</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Men attending</source>
        <translation>Men attending</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s relation</source>
        <translation>Perpetrator&apos;s relation</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s sex</source>
        <translation>Perpetrator&apos;s sex</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Reporting channel</source>
        <translation>Reporting channel</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>Set up on</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Shelter days</source>
        <translation>Shelter days</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Survivor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Violence types</source>
        <translation>Violence types</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Women attending</source>
        <translation>Women attending</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Every change to records, accounts and settings, with who made it and when. The log names the fields that changed, never their contents, and cannot be edited. Each entry is sealed to the one before it, so an entry altered outside the program is found by “Verify the chain”.</source>
        <translation>Every change to records, accounts and settings, with who made it and when. The log names the fields that changed, never their contents, and cannot be edited. Each entry is sealed to the one before it, so an entry altered outside the program is found by “Verify the chain”.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>The chain could not be verified: {reason}</source>
        <translation>The chain could not be verified: {reason}</translation>
    </message>
    <message>
        <source>The change log is intact: all {n} entries follow from one another.</source>
        <translation>The change log is intact: all {n} entries follow from one another.</translation>
    </message>
    <message>
        <source>The change log was altered outside the program: {count} entries do not match the chain (entries {ids}). They are shown in red. Keep this database as it is, and tell whoever is responsible for data protection.</source>
        <translation>The change log was altered outside the program: {count} entries do not match the chain (entries {ids}). They are shown in red. Keep this database as it is, and tell whoever is responsible for data protection.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message>
        <source>{n} entries.</source>
        <translation>{n} entries.</translation>
    </message>
    <message>
        <source>{shown} of {n} entries.</source>
        <translation>{shown} of {n} entries.</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Changed fields or details</source>
        <translation>Changed fields or details</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Member unit</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>Received report package</source>
        <translation>Received report package</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>Records (all kinds)</source>
        <translation>Records (all kinds)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This entry does not match the chain: it was altered outside the program.</source>
        <translation>This entry does not match the chain: it was altered outside the program.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nothing changed</translation>
    </message>
    <message>
        <source>role: {role}</source>
        <translation>role: {role}</translation>
    </message>
    <message>
        <source>the programme and its calendar</source>
        <translation>the programme and its calendar</translation>
    </message>
    <message>
        <source>the second backup folder</source>
        <translation>the second backup folder</translation>
    </message>
    <message>
        <source>the unit&apos;s details</source>
        <translation>the unit&apos;s details</translation>
    </message>
    <message>
        <source>{n} records, with identifying details</source>
        <translation>{n} records, with identifying details</translation>
    </message>
    <message>
        <source>{n} records, without identifying details</source>
        <translation>{n} records, without identifying details</translation>
    </message>
</context>
<context>
    <name>Backoff</name>
    <message>
        <source>Too many wrong attempts. You can try again in {seconds} s.</source>
        <translation>Too many wrong attempts. You can try again in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup made and checked at {time} ({size}).</source>
        <translation>Backup made and checked at {time} ({size}).</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
    <message>
        <source>The copy to {folder} was not made: {reason}</source>
        <translation>The copy to {folder} was not made: {reason}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Restoring a backup</source>
        <translation>Restoring a backup</translation>
    </message>
    <message>
        <source>Restoring {name}… The current database is kept aside first.</source>
        <translation>Restoring {name}… The current database is kept aside first.</translation>
    </message>
    <message>
        <source>The backup has been restored.

Sign in to continue.</source>
        <translation>The backup has been restored.

Sign in to continue.</translation>
    </message>
    <message>
        <source>The backup has been restored. The database it replaced is kept as {name} in {folder}.

Sign in to continue.</source>
        <translation>The backup has been restored. The database it replaced is kept as {name} in {folder}.

Sign in to continue.</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}

The database was not changed.</source>
        <translation>The backup was not restored: {reason}

The database was not changed.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>Before a program update</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Damaged — do not use</source>
        <translation>Damaged — do not use</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Replaced by a restore</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restore this backup…</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>A backup is made automatically after changes (at most every 30 minutes) and when the program closes. Each backup is encrypted with the database&apos;s key and checked after it is written. Old automatic backups are thinned: all of the last 2 days are kept, then one a day for 2 weeks, one a week for 3 months and one a month after that.</source>
        <translation>A backup is made automatically after changes (at most every 30 minutes) and when the program closes. Each backup is encrypted with the database&apos;s key and checked after it is written. Old automatic backups are thinned: all of the last 2 days are kept, then one a day for 2 weeks, one a week for 3 months and one a month after that.</translation>
    </message>
    <message>
        <source>Also copied to:</source>
        <translation>Also copied to:</translation>
    </message>
    <message>
        <source>Also copy backups to</source>
        <translation>Also copy backups to</translation>
    </message>
    <message>
        <source>Back up &amp;to a folder or drive…</source>
        <translation>Back up &amp;to a folder or drive…</translation>
    </message>
    <message>
        <source>Back up to a folder or drive</source>
        <translation>Back up to a folder or drive</translation>
    </message>
    <message>
        <source>Backup made and checked: {path} ({size}).</source>
        <translation>Backup made and checked: {path} ({size}).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups (*.gbvbak)</source>
        <translation>Backups (*.gbvbak)</translation>
    </message>
    <message>
        <source>Backups are no longer copied to a second folder.</source>
        <translation>Backups are no longer copied to a second folder.</translation>
    </message>
    <message>
        <source>C&amp;hoose a folder or drive…</source>
        <translation>C&amp;hoose a folder or drive…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a folder on a USB stick or another drive, and keep it away from this computer. When it is not plugged in, the backup is still made in the data folder.</source>
        <translation>Choose a folder on a USB stick or another drive, and keep it away from this computer. When it is not plugged in, the backup is still made in the data folder.</translation>
    </message>
    <message>
        <source>Choose another folder than the data folder&apos;s own backups.</source>
        <translation>Choose another folder than the data folder&apos;s own backups.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>From now on, every backup is also copied to {folder}.</source>
        <translation>From now on, every backup is also copied to {folder}.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {date}?

Everything entered after that moment will no longer be in the database. The current database is not deleted: it is kept in the backups folder and can be restored in the same way.

The program locks while it restores; then sign in again.</source>
        <translation>Replace the database with the backup of {date}?

Everything entered after that moment will no longer be in the database. The current database is not deleted: it is kept in the backups folder and can be restored in the same way.

The program locks while it restores; then sign in again.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <source>Restore from a fi&amp;le…</source>
        <translation>Restore from a fi&amp;le…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Stop co&amp;pying</source>
        <translation>Stop co&amp;pying</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
    <message>
        <source>The copy to {folder} was not made: {reason}</source>
        <translation>The copy to {folder} was not made: {reason}</translation>
    </message>
    <message>
        <source>There is no backup yet. Press “Back up now” to make one.</source>
        <translation>There is no backup yet. Press “Back up now” to make one.</translation>
    </message>
    <message>
        <source>Where backups are kept</source>
        <translation>Where backups are kept</translation>
    </message>
    <message>
        <source>{folder} (not connected now)</source>
        <translation>{folder} (not connected now)</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Assigned when the case is first saved</source>
        <translation>Assigned when the case is first saved</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Consent to share</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Date reported</translation>
    </message>
    <message>
        <source>Days sheltered at a trusted address</source>
        <translation>Days sheltered at a trusted address</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Handling and status</source>
        <translation>Handling and status</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Has a disability</translation>
    </message>
    <message>
        <source>How it came in</source>
        <translation>How it came in</translation>
    </message>
    <message>
        <source>How the perpetrator was dealt with</source>
        <translation>How the perpetrator was dealt with</translation>
    </message>
    <message>
        <source>Identifying details — visible only to administrators and case workers</source>
        <translation>Identifying details — visible only to administrators and case workers</translation>
    </message>
    <message>
        <source>Kept apart from the statistics and never included in reports or report packages. Leave out anything the survivor did not want recorded.</source>
        <translation>Kept apart from the statistics and never included in reports or report packages. Leave out anything the survivor did not want recorded.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Needs and services</source>
        <translation>Needs and services</translation>
    </message>
    <message>
        <source>Not yet served: {needs}</source>
        <translation>Not yet served: {needs}</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Relation to the survivor</source>
        <translation>Relation to the survivor</translation>
    </message>
    <message>
        <source>Same person as in case {ref} (a repeat case)</source>
        <translation>Same person as in case {ref} (a repeat case)</translation>
    </message>
    <message>
        <source>Save, then start a new case with the same date reported and channel (Ctrl+Shift+S)</source>
        <translation>Save, then start a new case with the same date reported and channel (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Service {n}: {message}</source>
        <translation>Service {n}: {message}</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Services given</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Survivor (statistics only, no names)</source>
        <translation>Survivor (statistics only, no names)</translation>
    </message>
    <message>
        <source>The survivor agreed</source>
        <translation>The survivor agreed</translation>
    </message>
    <message>
        <source>Tick only when the survivor has agreed that the case may be shared with service providers.</source>
        <translation>Tick only when the survivor has agreed that the case may be shared with service providers.</translation>
    </message>
    <message>
        <source>Tick when this new case is about the same person as the case it was copied from; otherwise it counts as a different person.</source>
        <translation>Tick when this new case is about the same person as the case it was copied from; otherwise it counts as a different person.</translation>
    </message>
    <message>
        <source>Types of violence</source>
        <translation>Types of violence</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Year of birth (if known)</source>
        <translation>Year of birth (if known)</translation>
    </message>
    <message>
        <source>Yes, within the family</source>
        <translation>Yes, within the family</translation>
    </message>
    <message>
        <source>about {age} years old when reported</source>
        <translation>about {age} years old when reported</translation>
    </message>
    <message>
        <source>⚠ Not yet served: {needs}. A case can be closed only when every need has a service.</source>
        <translation>⚠ Not yet served: {needs}. A case can be closed only when every need has a service.</translation>
    </message>
    <message>
        <source>✓ Every need has a service.</source>
        <translation>✓ Every need has a service.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
</context>
<context>
    <name>CityPage</name>
    <message>
        <source>Annex workbook (XLSX, for Excel)</source>
        <translation>Annex workbook (XLSX, for Excel)</translation>
    </message>
    <message>
        <source>Editable letter (DOCX, for Word)</source>
        <translation>Editable letter (DOCX, for Word)</translation>
    </message>
    <message>
        <source>Email draft with the files attached</source>
        <translation>Email draft with the files attached</translation>
    </message>
    <message>
        <source>Member units</source>
        <translation>Member units</translation>
    </message>
    <message>
        <source>Official letter (PDF)</source>
        <translation>Official letter (PDF)</translation>
    </message>
    <message>
        <source>Package for the province (JSON)</source>
        <translation>Package for the province (JSON)</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Received reports</translation>
    </message>
    <message>
        <source>Reports of the wards and communes</source>
        <translation>Reports of the wards and communes</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>... and {n} more.</source>
        <translation>... and {n} more.</translation>
    </message>
    <message>
        <source>Added {n} synthetic records in {seconds} s.</source>
        <translation>Added {n} synthetic records in {seconds} s.</translation>
    </message>
    <message>
        <source>Administrator account: {user}</source>
        <translation>Administrator account: {user}</translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({size} MB, {seconds} s).</source>
        <translation>Backup written and verified: {path} ({size} MB, {seconds} s).</translation>
    </message>
    <message>
        <source>Change log chain: intact.</source>
        <translation>Change log chain: intact.</translation>
    </message>
    <message>
        <source>Change log entries: {n}</source>
        <translation>Change log entries: {n}</translation>
    </message>
    <message>
        <source>Compiled report written to {path} in {seconds} s:</source>
        <translation>Compiled report written to {path} in {seconds} s:</translation>
    </message>
    <message>
        <source>Created the encrypted database {path} for {unit}.</source>
        <translation>Created the encrypted database {path} for {unit}.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Exported {n} records to {path}.</source>
        <translation>Exported {n} records to {path}.</translation>
    </message>
    <message>
        <source>Imported {n} records from {path}.</source>
        <translation>Imported {n} records from {path}.</translation>
    </message>
    <message>
        <source>Integrity and encryption checks: passed.</source>
        <translation>Integrity and encryption checks: passed.</translation>
    </message>
    <message>
        <source>Integrity check FAILED: {detail}</source>
        <translation>Integrity check FAILED: {detail}</translation>
    </message>
    <message>
        <source>No key file found beside {path}.</source>
        <translation>No key file found beside {path}.</translation>
    </message>
    <message>
        <source>No password: set GBV_PASSWORD or run in a terminal.</source>
        <translation>No password: set GBV_PASSWORD or run in a terminal.</translation>
    </message>
    <message>
        <source>Not received yet: {units}</source>
        <translation>Not received yet: {units}</translation>
    </message>
    <message>
        <source>Password for the new administrator:</source>
        <translation>Password for the new administrator:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only once; print it and keep it locked away):</source>
        <translation>RECOVERY KEY (shown only once; print it and keep it locked away):</translation>
    </message>
    <message>
        <source>Records and reports of the programme against gender-based violence.</source>
        <translation>Records and reports of the programme against gender-based violence.</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Report written to {path} in {seconds} s:</source>
        <translation>Report written to {path} in {seconds} s:</translation>
    </message>
    <message>
        <source>Reports received from {n} of {total} member units.</source>
        <translation>Reports received from {n} of {total} member units.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>Restored {backup} into {path}.</translation>
    </message>
    <message>
        <source>Schema version: {found} (this program: {known})</source>
        <translation>Schema version: {found} (this program: {known})</translation>
    </message>
    <message>
        <source>The change log was altered outside the program (entries {ids}).</source>
        <translation>The change log was altered outside the program (entries {ids}).</translation>
    </message>
    <message>
        <source>The database it replaced is kept at {path}.</source>
        <translation>The database it replaced is kept at {path}.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation>The two passwords differ; nothing was created.</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>There is no backup at {path}.</translation>
    </message>
    <message>
        <source>With this key an administrator can set a new password if every password is forgotten.</source>
        <translation>With this key an administrator can set a new password if every password is forgotten.</translation>
    </message>
    <message>
        <source>a newer package from a unit that already reported: ask (the default; keep the older one without a terminal), yes or no</source>
        <translation>a newer package from a unit that already reported: ask (the default; keep the older one without a terminal), yes or no</translation>
    </message>
    <message>
        <source>account name (default: $GBV_USER or admin)</source>
        <translation>account name (default: $GBV_USER or admin)</translation>
    </message>
    <message>
        <source>address the email draft to ADDRESS</source>
        <translation>address the email draft to ADDRESS</translation>
    </message>
    <message>
        <source>also save a PNG of every page and form in DIR</source>
        <translation>also save a PNG of every page and form in DIR</translation>
    </message>
    <message>
        <source>check integrity, encryption, schema version and change log</source>
        <translation>check integrity, encryption, schema version and change log</translation>
    </message>
    <message>
        <source>city office: import the wards&apos; and communes&apos; report packages and write the compiled report</source>
        <translation>city office: import the wards&apos; and communes&apos; report packages and write the compiled report</translation>
    </message>
    <message>
        <source>create an encrypted database and its first administrator</source>
        <translation>create an encrypted database and its first administrator</translation>
    </message>
    <message>
        <source>database file (default: in the user&apos;s data folder)</source>
        <translation>database file (default: in the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>export every record to a JSON file</source>
        <translation>export every record to a JSON file</translation>
    </message>
    <message>
        <source>fill a database with synthetic demonstration records</source>
        <translation>fill a database with synthetic demonstration records</translation>
    </message>
    <message>
        <source>import records from an export file (all or nothing)</source>
        <translation>import records from an export file (all or nothing)</translation>
    </message>
    <message>
        <source>imported {file} ({unit})</source>
        <translation>imported {file} ({unit})</translation>
    </message>
    <message>
        <source>language: vi (default) or en</source>
        <translation>language: vi (default) or en</translation>
    </message>
    <message>
        <source>not imported {file}: a newer package from {unit}; run again with --replace yes to replace the older one (it is kept).</source>
        <translation>not imported {file}: a newer package from {unit}; run again with --replace yes to replace the older one (it is kept).</translation>
    </message>
    <message>
        <source>not imported {file}: {reason}</source>
        <translation>not imported {file}: {reason}</translation>
    </message>
    <message>
        <source>open every page and form of the window once and report any error or warning</source>
        <translation>open every page and form of the window once and report any error or warning</translation>
    </message>
    <message>
        <source>produce a report&apos;s files (letter, annex, package, email draft) into a folder</source>
        <translation>produce a report&apos;s files (letter, annex, package, email draft) into a folder</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept aside)</source>
        <translation>replace the database by a backup (the current one is kept aside)</translation>
    </message>
    <message>
        <source>replaced by {file} ({unit}; the older package is kept)</source>
        <translation>replaced by {file} ({unit}; the older package is kept)</translation>
    </message>
    <message>
        <source>start the application (the default)</source>
        <translation>start the application (the default)</translation>
    </message>
    <message>
        <source>the letter&apos;s number, e.g. 12/BC-UBND</source>
        <translation>the letter&apos;s number, e.g. 12/BC-UBND</translation>
    </message>
    <message>
        <source>write a verified, encrypted backup</source>
        <translation>write a verified, encrypted backup</translation>
    </message>
    <message>
        <source>{file}: a newer package from {unit}. Replace the one received on {date} (it is kept)? [y/N]</source>
        <translation>{file}: a newer package from {unit}. Replace the one received on {date} (it is kept)? [y/N]</translation>
    </message>
    <message>
        <source>{n} package(s) imported, {rejected} not imported, in {seconds} s.</source>
        <translation>{n} package(s) imported, {rejected} not imported, in {seconds} s.</translation>
    </message>
    <message>
        <source>{value} is not a date in the form DD/MM/YYYY.</source>
        <translation>{value} is not a date in the form DD/MM/YYYY.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Cash (đ)</source>
        <translation>Cash (đ)</translation>
    </message>
    <message>
        <source>Cost (đ)</source>
        <translation>Cost (đ)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>In-kind value (đ)</source>
        <translation>In-kind value (đ)</translation>
    </message>
    <message>
        <source>Inspected body</source>
        <translation>Inspected body</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>Inspected by</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Planned (đ)</source>
        <translation>Planned (đ)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Shelter days</source>
        <translation>Shelter days</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Spent (đ)</source>
        <translation>Spent (đ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ComingUpCard</name>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Due today ({date})</source>
        <translation>Due today ({date})</translation>
    </message>
    <message>
        <source>Due tomorrow ({date})</source>
        <translation>Due tomorrow ({date})</translation>
    </message>
    <message>
        <source>Due {date} · {days} days left</source>
        <translation>Due {date} · {days} days left</translation>
    </message>
    <message>
        <source>Next report: {report}</source>
        <translation>Next report: {report}</translation>
    </message>
    <message>
        <source>No campaign in the next 60 days.</source>
        <translation>No campaign in the next 60 days.</translation>
    </message>
    <message>
        <source>Programme phase {first}–{last} ended on {date}.</source>
        <translation>Programme phase {first}–{last} ended on {date}.</translation>
    </message>
    <message>
        <source>Programme phase {first}–{last} starts on {date}.</source>
        <translation>Programme phase {first}–{last} starts on {date}.</translation>
    </message>
    <message>
        <source>Programme phase {first}–{last}: {days} days left.</source>
        <translation>Programme phase {first}–{last}: {days} days left.</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>running now</translation>
    </message>
    <message>
        <source>starts in {days} days</source>
        <translation>starts in {days} days</translation>
    </message>
    <message>
        <source>starts tomorrow</source>
        <translation>starts tomorrow</translation>
    </message>
    <message>
        <source>{report} was due {date}: {days} days overdue</source>
        <translation>{report} was due {date}: {days} days overdue</translation>
    </message>
</context>
<context>
    <name>CompileDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Compile</source>
        <translation>&amp;Compile</translation>
    </message>
    <message>
        <source>(no removable drive plugged in)</source>
        <translation>(no removable drive plugged in)</translation>
    </message>
    <message>
        <source>A &amp;folder:</source>
        <translation>A &amp;folder:</translation>
    </message>
    <message>
        <source>A removable d&amp;rive:</source>
        <translation>A removable d&amp;rive:</translation>
    </message>
    <message>
        <source>Adding up the figures…</source>
        <translation>Adding up the figures…</translation>
    </message>
    <message>
        <source>Choose the folder for the report</source>
        <translation>Choose the folder for the report</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Compile the city&apos;s report</source>
        <translation>Compile the city&apos;s report</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>Letter &amp;date:</translation>
    </message>
    <message>
        <source>Letter &amp;number:</source>
        <translation>Letter &amp;number:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;email address:</source>
        <translation>Recipient&apos;s &amp;email address:</translation>
    </message>
    <message>
        <source>The figures of the units&apos; latest packages are added up; shares and the two indicators are computed again from the totals. Units that have not reported are listed in the report. Check the editable letter (DOCX) before signing.</source>
        <translation>The figures of the units&apos; latest packages are added up; shares and the two indicators are computed again from the totals. Units that have not reported are listed in the report. Check the editable letter (DOCX) before signing.</translation>
    </message>
    <message>
        <source>e.g. 25/BC-UBND (optional)</source>
        <translation>e.g. 25/BC-UBND (optional)</translation>
    </message>
    <message>
        <source>{n} file(s) saved in {folder}:</source>
        <translation>{n} file(s) saved in {folder}:</translation>
    </message>
    <message>
        <source>{report} {year}, period {period}</source>
        <translation>{report} {year}, period {period}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Needs not yet met by a service: {needs}.</source>
        <translation>Needs not yet met by a service: {needs}.</translation>
    </message>
    <message>
        <source>No attendance recorded.</source>
        <translation>No attendance recorded.</translation>
    </message>
    <message>
        <source>No needs recorded for this case.</source>
        <translation>No needs recorded for this case.</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>No participants recorded.</translation>
    </message>
    <message>
        <source>Number of members not recorded.</source>
        <translation>Number of members not recorded.</translation>
    </message>
    <message>
        <source>Still open {days} days after it was reported: close or refer it.</source>
        <translation>Still open {days} days after it was reported: close or refer it.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing that was already saved has been lost. Please tell your administrator what you were doing.</source>
        <translation>Something unexpected went wrong. Nothing that was already saved has been lost. Please tell your administrator what you were doing.</translation>
    </message>
    <message>
        <source>gbv-desktop</source>
        <translation>gbv-desktop</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>All forms</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>All settings</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All violence types</source>
        <translation>All violence types</translation>
    </message>
</context>
<context>
    <name>FundingForm</name>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Save, then enter another line of the same year and source (Ctrl+Shift+S)</source>
        <translation>Save, then enter another line of the same year and source (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>e.g. Awareness activities in the action month</source>
        <translation>e.g. Awareness activities in the action month</translation>
    </message>
    <message>
        <source>{percent}% spent, {amount} đ left</source>
        <translation>{percent}% spent, {amount} đ left</translation>
    </message>
    <message>
        <source>⚠ {amount} đ more than planned</source>
        <translation>⚠ {amount} đ more than planned</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Figures now</source>
        <translation>Figures now</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Produced by</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>Produced on</translation>
    </message>
    <message>
        <source>Records were added, changed or deleted since this report was made: its figures are no longer what the records give. Produce a new report if a correction is needed.</source>
        <translation>Records were added, changed or deleted since this report was made: its figures are no longer what the records give. Produce a new report if a correction is needed.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The records still give the figures of this report.</source>
        <translation>The records still give the figures of this report.</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>changed since</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>{report} (masked copy)</source>
        <translation>{report} (masked copy)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>A case may have several types.</source>
        <translation>A case may have several types.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Activities and attendance, last 12 months</source>
        <translation>Activities and attendance, last 12 months</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Cases by violence type, {year}</source>
        <translation>Cases by violence type, {year}</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>Double-click a record to open it.</source>
        <translation>Double-click a record to open it.</translation>
    </message>
    <message>
        <source>I1 · Survivors helped by a service provider</source>
        <translation>I1 · Survivors helped by a service provider</translation>
    </message>
    <message>
        <source>I2 · Cases needing help that received it</source>
        <translation>I2 · Cases needing help that received it</translation>
    </message>
    <message>
        <source>No activities in these 12 months.</source>
        <translation>No activities in these 12 months.</translation>
    </message>
    <message>
        <source>No cases reported this year.</source>
        <translation>No cases reported this year.</translation>
    </message>
    <message>
        <source>No incomplete records.</source>
        <translation>No incomplete records.</translation>
    </message>
    <message>
        <source>Records to complete</source>
        <translation>Records to complete</translation>
    </message>
    <message>
        <source>Records to complete (first {n})</source>
        <translation>Records to complete (first {n})</translation>
    </message>
    <message>
        <source>Records to complete ({n})</source>
        <translation>Records to complete ({n})</translation>
    </message>
    <message>
        <source>The figures could not be computed: {reason}</source>
        <translation>The figures could not be computed: {reason}</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Updating the figures…</translation>
    </message>
    <message>
        <source>{report} {year}</source>
        <translation>{report} {year}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Awareness activity</source>
        <translation>Awareness activity</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Contains characters that are not valid text.</source>
        <translation>Contains characters that are not valid text.</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Funding line</translation>
    </message>
    <message>
        <source>Influencer count</source>
        <translation>Influencer count</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Mobilised support</source>
        <translation>Mobilised support</translation>
    </message>
    <message>
        <source>Model or facility</source>
        <translation>Model or facility</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD, not &quot;{value}&quot;.</source>
        <translation>Must be a date written as YYYY-MM-DD, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>Must be a list of codes.</source>
        <translation>Must be a list of codes.</translation>
    </message>
    <message>
        <source>Must be a list of records.</source>
        <translation>Must be a list of records.</translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <translation>Must be a list.</translation>
    </message>
    <message>
        <source>Must be an object with named fields.</source>
        <translation>Must be an object with named fields.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Must be text.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Must be true or false.</translation>
    </message>
    <message>
        <source>Survivor {ref} has different details here than in case no. {number}.</source>
        <translation>Survivor {ref} has different details here than in case no. {number}.</translation>
    </message>
    <message>
        <source>Survivor {ref} has different identifying details here than in case no. {number}.</source>
        <translation>Survivor {ref} has different identifying details here than in case no. {number}.</translation>
    </message>
    <message>
        <source>The file has no list for this kind of record.</source>
        <translation>The file has no list for this kind of record.</translation>
    </message>
    <message>
        <source>The file says it holds no identifying details, yet this record has them.</source>
        <translation>The file says it holds no identifying details, yet this record has them.</translation>
    </message>
    <message>
        <source>The file {path} has {count} problem(s) in its records; nothing was imported.</source>
        <translation>The file {path} has {count} problem(s) in its records; nothing was imported.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>The number is too large.</translation>
    </message>
    <message>
        <source>The record is not an object with named fields.</source>
        <translation>The record is not an object with named fields.</translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>This field is missing.</translation>
    </message>
    <message>
        <source>This field is not part of the export format.</source>
        <translation>This field is not part of the export format.</translation>
    </message>
    <message>
        <source>This kind of record is unknown.</source>
        <translation>This kind of record is unknown.</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>it could not be read ({reason}).</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>it does not exist.</translation>
    </message>
    <message>
        <source>it ends too early: it was probably cut off while being copied or saved.</source>
        <translation>it ends too early: it was probably cut off while being copied or saved.</translation>
    </message>
    <message>
        <source>it has no valid checksum.</source>
        <translation>it has no valid checksum.</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB, too large to be an export.</source>
        <translation>it is larger than {limit} MB, too large to be an export.</translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export.</source>
        <translation>it is nested too deeply to be an export.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text, so it is not an export from gbv-desktop.</source>
        <translation>it is not UTF-8 text, so it is not an export from gbv-desktop.</translation>
    </message>
    <message>
        <source>it is not a records export from gbv-desktop.</source>
        <translation>it is not a records export from gbv-desktop.</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}); it may be damaged.</source>
        <translation>it is not valid JSON (line {line}, column {column}); it may be damaged.</translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be damaged.</source>
        <translation>it is not valid JSON; it may be damaged.</translation>
    </message>
    <message>
        <source>it was written by a newer version of gbv-desktop (export format version {found}; this version reads version {known} and older). Install the newer version to import it.</source>
        <translation>it was written by a newer version of gbv-desktop (export format version {found}; this version reads version {known} and older). Install the newer version to import it.</translation>
    </message>
    <message>
        <source>its checksum does not match its contents: it was changed or damaged after it was exported.</source>
        <translation>its checksum does not match its contents: it was changed or damaged after it was exported.</translation>
    </message>
    <message>
        <source>its format version is not valid.</source>
        <translation>its format version is not valid.</translation>
    </message>
    <message>
        <source>its header field &quot;{field}&quot; is missing or not valid.</source>
        <translation>its header field &quot;{field}&quot; is missing or not valid.</translation>
    </message>
    <message>
        <source>its header has an unexpected field &quot;{field}&quot;.</source>
        <translation>its header has an unexpected field &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;{field}&quot; appears twice in one object.</source>
        <translation>the field &quot;{field}&quot; appears twice in one object.</translation>
    </message>
    <message>
        <source>{kind} no. {number}, {field}: {message}</source>
        <translation>{kind} no. {number}, {field}: {message}</translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <translation>{kind}: {message}</translation>
    </message>
    <message>
        <source>{reason} Nothing was imported.</source>
        <translation>{reason} Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Packages imported</source>
        <translation>Packages imported</translation>
    </message>
    <message>
        <source>{n} of {total} file(s) imported.</source>
        <translation>{n} of {total} file(s) imported.</translation>
    </message>
    <message>
        <source>✓ {file}: imported ({unit}).</source>
        <translation>✓ {file}: imported ({unit}).</translation>
    </message>
    <message>
        <source>✓ {file}: imported ({unit}); it replaces the package received earlier, which is kept.</source>
        <translation>✓ {file}: imported ({unit}); it replaces the package received earlier, which is kept.</translation>
    </message>
    <message>
        <source>✗ {file}: not imported: {reason}</source>
        <translation>✗ {file}: not imported: {reason}</translation>
    </message>
</context>
<context>
    <name>InfluencerForm</name>
    <message>
        <source>Counted on</source>
        <translation>Counted on</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Place (hamlet, residential group)</source>
        <translation>Place (hamlet, residential group)</translation>
    </message>
    <message>
        <source>Save, then count another place on the same date (Ctrl+Shift+S)</source>
        <translation>Save, then count another place on the same date (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>e.g. Residential group 3</source>
        <translation>e.g. Residential group 3</translation>
    </message>
    <message>
        <source>{n} influencers</source>
        <translation>{n} influencers</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Body inspected</source>
        <translation>Body inspected</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Follow-up (what must be done)</source>
        <translation>Follow-up (what must be done)</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>Inspected by</translation>
    </message>
    <message>
        <source>Save, then record the next body visited on the same round (Ctrl+Shift+S)</source>
        <translation>Save, then record the next body visited on the same round (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Subject (what was inspected)</source>
        <translation>Subject (what was inspected)</translation>
    </message>
    <message>
        <source>e.g. Inter-agency team of the ward</source>
        <translation>e.g. Inter-agency team of the ward</translation>
    </message>
    <message>
        <source>e.g. Running of the trusted address and the prevention club</source>
        <translation>e.g. Running of the trusted address and the prevention club</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>The database cannot be opened at {path}: {reason}

Copy the database file and its key file (.keys) to a folder on this computer&apos;s own disk, and open it there. Backups may still be copied to USB sticks and other drives.</source>
        <translation>The database cannot be opened at {path}: {reason}

Copy the database file and its key file (.keys) to a folder on this computer&apos;s own disk, and open it there. Backups may still be copied to USB sticks and other drives.</translation>
    </message>
    <message>
        <source>The database {name} could not be reserved for this window ({path} cannot be written). Check that the folder is not read-only.</source>
        <translation>The database {name} could not be reserved for this window ({path} cannot be written). Check that the folder is not read-only.</translation>
    </message>
    <message>
        <source>The database {name} is already open in another window of this program. Switch to that window (look in the taskbar); two windows on one database could overwrite each other&apos;s work.</source>
        <translation>The database {name} is already open in another window of this program. Switch to that window (look in the taskbar); two windows on one database could overwrite each other&apos;s work.</translation>
    </message>
    <message>
        <source>gbv-desktop</source>
        <translation>gbv-desktop</translation>
    </message>
    <message>
        <source>it is on a network share, where the database&apos;s write-ahead log cannot work and two computers could damage it.</source>
        <translation>it is on a network share, where the database&apos;s write-ahead log cannot work and two computers could damage it.</translation>
    </message>
    <message>
        <source>it is on a removable drive (USB stick or memory card), which loses data when pulled out while the program writes.</source>
        <translation>it is on a removable drive (USB stick or memory card), which loses data when pulled out while the program writes.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>&amp;Vietnamese (Tiếng Việt)</source>
        <translation>&amp;Vietnamese (Tiếng Việt)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved. Close and start the program again to use the new language.</source>
        <translation>Saved. Close and start the program again to use the new language.</translation>
    </message>
    <message>
        <source>The language of the program&apos;s windows and messages:</source>
        <translation>The language of the program&apos;s windows and messages:</translation>
    </message>
    <message>
        <source>The new language is used from the next time the program starts. Reports are always written in Vietnamese.</source>
        <translation>The new language is used from the next time the program starts. Reports are always written in Vietnamese.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>About gbv-desktop</source>
        <translation>About gbv-desktop</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Backup before closing</source>
        <translation>Backup before closing</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>Making a backup before closing…</translation>
    </message>
    <message>
        <source>Models and facilities</source>
        <translation>Models and facilities</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Support and funding</source>
        <translation>Support and funding</translation>
    </message>
    <message>
        <source>The backup before closing could not be made: {reason}

Everything is saved in the database; a backup will be made again the next time the program runs.</source>
        <translation>The backup before closing could not be made: {reason}

Everything is saved in the database; a backup will be made again the next time the program runs.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Unit reports</source>
        <translation>Unit reports</translation>
    </message>
    <message>
        <source>gbv-desktop {version}
Records and reports of the programme against gender-based violence.</source>
        <translation>gbv-desktop {version}
Records and reports of the programme against gender-based violence.</translation>
    </message>
    <message>
        <source>{unit} · signed in as {user} ({role})</source>
        <translation>{unit} · signed in as {user} ({role})</translation>
    </message>
    <message>
        <source>{unit} — GBV prevention records</source>
        <translation>{unit} — GBV prevention records</translation>
    </message>
</context>
<context>
    <name>MemberUnitsModel</name>
    <message>
        <source>(to enter)</source>
        <translation>(to enter)</translation>
    </message>
    <message>
        <source>Code (5 digits)</source>
        <translation>Code (5 digits)</translation>
    </message>
    <message>
        <source>Double-click to enter the unit&apos;s official 5-digit code: its packages are recognised by it.</source>
        <translation>Double-click to enter the unit&apos;s official 5-digit code: its packages are recognised by it.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>MemberUnitsTab</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <source>Add the 21 wards and communes of &amp;Buôn Ma Thuột</source>
        <translation>Add the 21 wards and communes of &amp;Buôn Ma Thuột</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Every ward and commune of the list is already there.</source>
        <translation>Every ward and commune of the list is already there.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>New unit:</source>
        <translation>New unit:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove a member unit</source>
        <translation>Remove a member unit</translation>
    </message>
    <message>
        <source>Remove {unit} from the member units? The packages it sent are kept, but no longer count in the city&apos;s report.</source>
        <translation>Remove {unit} from the member units? The packages it sent are kept, but no longer count in the city&apos;s report.</translation>
    </message>
    <message>
        <source>The 13 wards and 8 communes of Buôn Ma Thuột before the 2025 merger, names only: enter each one&apos;s official code.</source>
        <translation>The 13 wards and 8 communes of Buôn Ma Thuột before the 2025 merger, names only: enter each one&apos;s official code.</translation>
    </message>
    <message>
        <source>The wards and communes that report to the city. A package is recognised by the unit&apos;s 5-digit code: double-click a cell to change a name, a code or a level.</source>
        <translation>The wards and communes that report to the city. A package is recognised by the unit&apos;s 5-digit code: double-click a cell to change a name, a code or a level.</translation>
    </message>
    <message>
        <source>Your role may look at the list but not change it.</source>
        <translation>Your role may look at the list but not change it.</translation>
    </message>
    <message>
        <source>e.g. Phường Tân Lợi</source>
        <translation>e.g. Phường Tân Lợi</translation>
    </message>
    <message>
        <source>{n} unit(s) have no code yet: their packages cannot be recognised until the code is entered.</source>
        <translation>{n} unit(s) have no code yet: their packages cannot be recognised until the code is entered.</translation>
    </message>
</context>
<context>
    <name>MobilisationForm</name>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Estimated value of the goods, if known</source>
        <translation>Estimated value of the goods, if known</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Name of the agency, business or person</source>
        <translation>Name of the agency, business or person</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Save, then enter more support received on the same date (Ctrl+Shift+S)</source>
        <translation>Save, then enter more support received on the same date (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Total value</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>What was given (money, goods or both)</source>
        <translation>What was given (money, goods or both)</translation>
    </message>
    <message>
        <source>e.g. 20 bags of rice</source>
        <translation>e.g. 20 bags of rice</translation>
    </message>
    <message>
        <source>e.g. Support for the trusted address</source>
        <translation>e.g. Support for the trusted address</translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>Closing date</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Date set up</source>
        <translation>Date set up</translation>
    </message>
    <message>
        <source>Members (if any)</source>
        <translation>Members (if any)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Only for a model that has closed.</source>
        <translation>Only for a model that has closed.</translation>
    </message>
    <message>
        <source>Place (hamlet, residential group)</source>
        <translation>Place (hamlet, residential group)</translation>
    </message>
    <message>
        <source>Save, then start a new model of the same type (Ctrl+Shift+S)</source>
        <translation>Save, then start a new model of the same type (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>e.g. Trusted address of residential group 5</source>
        <translation>e.g. Trusted address of residential group 5</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>{month}/{year}
{bars_name}: {bars}
{line_name}: {line}</source>
        <translation>{month}/{year}
{bars_name}: {bars}
{line_name}: {line}</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>letters without accents, e.g. lan.nguyen</source>
        <translation>letters without accents, e.g. lan.nguyen</translation>
    </message>
</context>
<context>
    <name>ParticipantGrid</name>
    <message>
        <source>All participants</source>
        <translation>All participants</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>{role}: men</source>
        <translation>{role}: men</translation>
    </message>
    <message>
        <source>{role}: women</source>
        <translation>{role}: women</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>At least {n} characters. Several words are easy to remember and hard to guess.</source>
        <translation>At least {n} characters. Several words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Fair. A longer password would be stronger.</source>
        <translation>Fair. A longer password would be stronger.</translation>
    </message>
    <message>
        <source>Sho&amp;w the passwords</source>
        <translation>Sho&amp;w the passwords</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Too short: at least {n} characters.</source>
        <translation>Too short: at least {n} characters.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Make it longer, e.g. several words.</source>
        <translation>Weak: easy to guess. Make it longer, e.g. several words.</translation>
    </message>
</context>
<context>
    <name>PeriodFilter</name>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Current 6-month report period</source>
        <translation>Current 6-month report period</translation>
    </message>
    <message>
        <source>Current annual report period</source>
        <translation>Current annual report period</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
</context>
<context>
    <name>PeriodProgress</name>
    <message>
        <source>No cases needing help in this period.</source>
        <translation>No cases needing help in this period.</translation>
    </message>
    <message>
        <source>No cases reported in this period.</source>
        <translation>No cases reported in this period.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>target met</translation>
    </message>
    <message>
        <source>{gap} points below the target</source>
        <translation>{gap} points below the target</translation>
    </message>
    <message>
        <source>{numerator} of {denominator} cases</source>
        <translation>{numerator} of {denominator} cases</translation>
    </message>
    <message>
        <source>{numerator} of {denominator} survivors</source>
        <translation>{numerator} of {denominator} survivors</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>A period that starts later in the year than it ends begins in the previous year (15/12 – 14/05 runs from December to May).</source>
        <translation>A period that starts later in the year than it ends begins in the previous year (15/12 – 14/05 runs from December to May).</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>Due before</translation>
    </message>
    <message>
        <source>I1: survivors helped by a service provider, at least</source>
        <translation>I1: survivors helped by a service provider, at least</translation>
    </message>
    <message>
        <source>I2: cases needing help that received it, at least</source>
        <translation>I2: cases needing help that received it, at least</translation>
    </message>
    <message>
        <source>Only an administrator can change the programme and its calendar.</source>
        <translation>Only an administrator can change the programme and its calendar.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Periods and due dates</source>
        <translation>Periods and due dates</translation>
    </message>
    <message>
        <source>Phase (years)</source>
        <translation>Phase (years)</translation>
    </message>
    <message>
        <source>Plan reference</source>
        <translation>Plan reference</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Reporting calendar</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch số 43/KH-UBND ngày 10/3/2021 của UBND thành phố</source>
        <translation>e.g. Kế hoạch số 43/KH-UBND ngày 10/3/2021 của UBND thành phố</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{report} {year}: {start} – {end}, due before {due}</source>
        <translation>{report} {year}: {start} – {end}, due before {due}</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <source>&amp;Compile report…</source>
        <translation>&amp;Compile report…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>(no removable drive plugged in)</source>
        <translation>(no removable drive plugged in)</translation>
    </message>
    <message>
        <source>A newer package</source>
        <translation>A newer package</translation>
    </message>
    <message>
        <source>Choose a folder with packages</source>
        <translation>Choose a folder with packages</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Choose a period whose end is not before its start.</translation>
    </message>
    <message>
        <source>Choose the packages to import</source>
        <translation>Choose the packages to import</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>Due date: {date}.</source>
        <translation>Due date: {date}.</translation>
    </message>
    <message>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xport the list…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, for any spreadsheet (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, for any spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Import a f&amp;older…</translation>
    </message>
    <message>
        <source>Import from the &amp;drive</source>
        <translation>Import from the &amp;drive</translation>
    </message>
    <message>
        <source>Keep the older one</source>
        <translation>Keep the older one</translation>
    </message>
    <message>
        <source>Last import…</source>
        <translation>Last import…</translation>
    </message>
    <message>
        <source>No member unit yet: add the wards and communes under Member units.</source>
        <translation>No member unit yet: add the wards and communes under Member units.</translation>
    </message>
    <message>
        <source>No package has been received for this period yet.</source>
        <translation>No package has been received for this period yet.</translation>
    </message>
    <message>
        <source>Packages (.json files) arrive on USB sticks and by email. Drop files or folders here, or import them with the buttons; the whole folder or drive is searched.</source>
        <translation>Packages (.json files) arrive on USB sticks and by email. Drop files or folders here, or import them with the buttons; the whole folder or drive is searched.</translation>
    </message>
    <message>
        <source>Re&amp;minder list…</source>
        <translation>Re&amp;minder list…</translation>
    </message>
    <message>
        <source>Received from {received} of {total} member units ({late} late); {missing} missing.</source>
        <translation>Received from {received} of {total} member units ({late} late); {missing} missing.</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>Refre&amp;sh</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Report packages (*.json);;All files (*)</source>
        <translation>Report packages (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Your role may look at the reports received but not import or compile.</source>
        <translation>Your role may look at the reports received but not import or compile.</translation>
    </message>
    <message>
        <source>{unit} has sent a newer package for this period ({file}, letter {number} of {date}). Replace the package received on {received}? The older one is kept.</source>
        <translation>{unit} has sent a newer package for this period ({file}, letter {number} of {date}). Replace the package received on {received}? The older one is kept.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Edit: {name}</source>
        <translation>Edit: {name}</translation>
    </message>
    <message>
        <source>New: {name}</source>
        <translation>New: {name}</translation>
    </message>
    <message>
        <source>Please correct the marked fields:</source>
        <translation>Please correct the marked fields:</translation>
    </message>
    <message>
        <source>Save and &amp;add another</source>
        <translation>Save and &amp;add another</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Save and close (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save, then start a new record with the same date and place (Ctrl+Shift+S)</source>
        <translation>Save, then start a new record with the same date and place (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>This record has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>A new record copied from the selected one (Ctrl+D)</source>
        <translation>A new record copied from the selected one (Ctrl+D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Delete this {kind} ({label})? The deletion is recorded in the change log.</source>
        <translation>Delete this {kind} ({label})? The deletion is recorded in the change log.</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search (diacritics optional: &quot;tan loi&quot; finds &quot;Tân Lợi&quot;)</source>
        <translation>Search (diacritics optional: &quot;tan loi&quot; finds &quot;Tân Lợi&quot;)</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} records</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Awareness activity</source>
        <translation>Awareness activity</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Funding line</translation>
    </message>
    <message>
        <source>Influencer network</source>
        <translation>Influencer network</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Mobilised support</source>
        <translation>Mobilised support</translation>
    </message>
    <message>
        <source>Model or facility</source>
        <translation>Model or facility</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>&amp;Administrator account</source>
        <translation>&amp;Administrator account</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>&amp;Set the password</source>
        <translation>&amp;Set the password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close without the key</source>
        <translation>Close without the key</translation>
    </message>
    <message>
        <source>Enter the recovery key you printed or saved when the database was set up, and the name of an administrator account. You then choose a new password for that account.</source>
        <translation>Enter the recovery key you printed or saved when the database was set up, and the name of an administrator account. You then choose a new password for that account.</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <source>Go back to the key</source>
        <translation>Go back to the key</translation>
    </message>
    <message>
        <source>Recovery key not kept</source>
        <translation>Recovery key not kept</translation>
    </message>
    <message>
        <source>The new password is set. The recovery key you used no longer works: here is the new one.</source>
        <translation>The new password is set. The recovery key you used no longer works: here is the new one.</translation>
    </message>
    <message>
        <source>The recovery key is correct. Choose a new password for the account {user}.</source>
        <translation>The recovery key is correct. Choose a new password for the account {user}.</translation>
    </message>
    <message>
        <source>There is no administrator account with this name.</source>
        <translation>There is no administrator account with this name.</translation>
    </message>
    <message>
        <source>This account is not an administrator. Enter the name of an administrator account.</source>
        <translation>This account is not an administrator. Enter the name of an administrator account.</translation>
    </message>
    <message>
        <source>Your new password works. Without the new recovery key, a forgotten password cannot be recovered again. Close without keeping the key?</source>
        <translation>Your new password works. Without the new recovery key, a forgotten password cannot be recovered again. Close without keeping the key?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe; it is removed from the clipboard when you finish.</source>
        <translation>Copied. Paste it where you keep it safe; it is removed from the clipboard when you finish.</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Database file: {path}</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key and will keep it safe</source>
        <translation>I have printed or saved the recovery key and will keep it safe</translation>
    </message>
    <message>
        <source>Issued on: {day}</source>
        <translation>Issued on: {day}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Text file (*.txt)</source>
        <translation>PDF document (*.pdf);;Text file (*.txt)</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>Save as PDF or te&amp;xt file…</source>
        <translation>Save as PDF or te&amp;xt file…</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>Saved to {path}. Move the file off this computer, e.g. to a USB stick you lock away.</source>
        <translation>Saved to {path}. Move the file off this computer, e.g. to a USB stick you lock away.</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the sheet came out.</source>
        <translation>Sent to the printer. Check that the sheet came out.</translation>
    </message>
    <message>
        <source>This recovery key opens the database when every password is forgotten. It is shown only now. Print it or save it, and keep it locked away from this computer: whoever holds it and a copy of the database can read every record.</source>
        <translation>This recovery key opens the database when every password is forgotten. It is shown only now. Print it or save it, and keep it locked away from this computer: whoever holds it and a copy of the database can read every record.</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <source>With this key an administrator can open the database and set a new password when every password is forgotten. Keep it locked away, apart from the computer. A new key replaces this one when it is used.</source>
        <translation>With this key an administrator can open the database and set a new password when every password is forgotten. Keep it locked away, apart from the computer. A new key replaces this one when it is used.</translation>
    </message>
    <message>
        <source>gbv-desktop: recovery key</source>
        <translation>gbv-desktop: recovery key</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy this list into an email or a message to the units concerned.</source>
        <translation>Copy this list into an email or a message to the units concerned.</translation>
    </message>
    <message>
        <source>Units that have not reported</source>
        <translation>Units that have not reported</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Go on anyway: produce the report with these records as they are</source>
        <translation>&amp;Go on anyway: produce the report with these records as they are</translation>
    </message>
    <message>
        <source>&amp;Kind of report:</source>
        <translation>&amp;Kind of report:</translation>
    </message>
    <message>
        <source>&amp;Mask small counts (a copy to share outside government)</source>
        <translation>&amp;Mask small counts (a copy to share outside government)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Produce the report</source>
        <translation>&amp;Produce the report</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;To (Kính gửi):</source>
        <translation>&amp;To (Kính gửi):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>A &amp;folder:</source>
        <translation>A &amp;folder:</translation>
    </message>
    <message>
        <source>A removable &amp;drive (USB stick, memory card):</source>
        <translation>A removable &amp;drive (USB stick, memory card):</translation>
    </message>
    <message>
        <source>Annex workbook (XLSX, for Excel)</source>
        <translation>Annex workbook (XLSX, for Excel)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Check the letter, print it for signing, and keep the files with the unit&apos;s records. The report is listed in the history on the Reports page.</source>
        <translation>Check the letter, print it for signing, and keep the files with the unit&apos;s records. The report is listed in the history on the Reports page.</translation>
    </message>
    <message>
        <source>Choose the folder for the report</source>
        <translation>Choose the folder for the report</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &quot;&lt;5&quot;, and other cells are hidden too where a total would give them away. Leave this off for the official report to the city office: it carries exact counts, and never anyone&apos;s identity.</source>
        <translation>Counts from 1 to 4 are shown as &quot;&lt;5&quot;, and other cells are hidden too where a total would give them away. Leave this off for the official report to the city office: it carries exact counts, and never anyone&apos;s identity.</translation>
    </message>
    <message>
        <source>Dist&amp;ribution (Nơi nhận):</source>
        <translation>Dist&amp;ribution (Nơi nhận):</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Editable letter (DOCX, for Word)</source>
        <translation>Editable letter (DOCX, for Word)</translation>
    </message>
    <message>
        <source>Email draft with the files attached</source>
        <translation>Email draft with the files attached</translation>
    </message>
    <message>
        <source>Every figure of the report, as the annex will show it. Choose a table on the left.</source>
        <translation>Every figure of the report, as the annex will show it. Choose a table on the left.</translation>
    </message>
    <message>
        <source>Files and where to save them</source>
        <translation>Files and where to save them</translation>
    </message>
    <message>
        <source>Files to produce:</source>
        <translation>Files to produce:</translation>
    </message>
    <message>
        <source>For you to write: difficulties, shortcomings and their causes.</source>
        <translation>For you to write: difficulties, shortcomings and their causes.</translation>
    </message>
    <message>
        <source>For you to write: proposals and requests to the city office.</source>
        <translation>For you to write: proposals and requests to the city office.</translation>
    </message>
    <message>
        <source>For you to write: the main tasks for the next period.</source>
        <translation>For you to write: the main tasks for the next period.</translation>
    </message>
    <message>
        <source>For you to write: what went well in the period.</source>
        <translation>For you to write: what went well in the period.</translation>
    </message>
    <message>
        <source>I1 · Survivors helped by a service provider</source>
        <translation>I1 · Survivors helped by a service provider</translation>
    </message>
    <message>
        <source>I2 · Cases needing help that received it</source>
        <translation>I2 · Cases needing help that received it</translation>
    </message>
    <message>
        <source>Leave it empty to write the number by hand on the printed letter.</source>
        <translation>Leave it empty to write the number by hand on the printed letter.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>No record of this period needs completing.</source>
        <translation>No record of this period needs completing.</translation>
    </message>
    <message>
        <source>No removable drive is plugged in. Plug one in, then press Refresh.</source>
        <translation>No removable drive is plugged in. Plug one in, then press Refresh.</translation>
    </message>
    <message>
        <source>Number, date, recipients and signatory, as they will be printed.</source>
        <translation>Number, date, recipients and signatory, as they will be printed.</translation>
    </message>
    <message>
        <source>Official letter (PDF)</source>
        <translation>Official letter (PDF)</translation>
    </message>
    <message>
        <source>One line each, ending with &quot;- Lưu: VT.&quot;</source>
        <translation>One line each, ending with &quot;- Lưu: VT.&quot;</translation>
    </message>
    <message>
        <source>One recipient per line.</source>
        <translation>One recipient per line.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Open the &amp;email draft</source>
        <translation>Open the &amp;email draft</translation>
    </message>
    <message>
        <source>Optional: a sentence introducing the assessment.</source>
        <translation>Optional: a sentence introducing the assessment.</translation>
    </message>
    <message>
        <source>Optional: a sentence introducing the results.</source>
        <translation>Optional: a sentence introducing the results.</translation>
    </message>
    <message>
        <source>P&amp;lace on the date line:</source>
        <translation>P&amp;lace on the date line:</translation>
    </message>
    <message>
        <source>Package for the city office (JSON)</source>
        <translation>Package for the city office (JSON)</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;email address:</source>
        <translation>Recipient&apos;s &amp;email address:</translation>
    </message>
    <message>
        <source>Records of the period that the report would count wrongly until they are completed.</source>
        <translation>Records of the period that the report would count wrongly until they are completed.</translation>
    </message>
    <message>
        <source>Records to complete</source>
        <translation>Records to complete</translation>
    </message>
    <message>
        <source>Replace this section by the text drafted from the figures</source>
        <translation>Replace this section by the text drafted from the figures</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Restore the draft</translation>
    </message>
    <message>
        <source>Review the figures</source>
        <translation>Review the figures</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Signatory&apos;s na&amp;me:</source>
        <translation>Signatory&apos;s na&amp;me:</translation>
    </message>
    <message>
        <source>Signatory&apos;s t&amp;itle:</source>
        <translation>Signatory&apos;s t&amp;itle:</translation>
    </message>
    <message>
        <source>Signing &amp;for:</source>
        <translation>Signing &amp;for:</translation>
    </message>
    <message>
        <source>The drafted sections follow the figures; edit them as you wish. Sections left empty are left out of the letter.</source>
        <translation>The drafted sections follow the figures; edit them as you wish. Sections left empty are left out of the letter.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>The letter</translation>
    </message>
    <message>
        <source>The period and the due date follow the unit&apos;s calendar; you can change the dates.</source>
        <translation>The period and the due date follow the unit&apos;s calendar; you can change the dates.</translation>
    </message>
    <message>
        <source>The report is kept in the history once its files are saved.</source>
        <translation>The report is kept in the history once its files are saved.</translation>
    </message>
    <message>
        <source>The report is ready</source>
        <translation>The report is ready</translation>
    </message>
    <message>
        <source>The report&apos;s text</source>
        <translation>The report&apos;s text</translation>
    </message>
    <message>
        <source>There is no record in this period. The report will still be produced and will say so.</source>
        <translation>There is no record in this period. The report will still be produced and will say so.</translation>
    </message>
    <message>
        <source>Which report?</source>
        <translation>Which report?</translation>
    </message>
    <message>
        <source>You edited drafted sections before choosing to mask small counts: check that your text gives no count below 5.</source>
        <translation>You edited drafted sections before choosing to mask small counts: check that your text gives no count below 5.</translation>
    </message>
    <message>
        <source>before {date} ({days} days ago)</source>
        <translation>before {date} ({days} days ago)</translation>
    </message>
    <message>
        <source>before {date} ({days} days from today)</source>
        <translation>before {date} ({days} days from today)</translation>
    </message>
    <message>
        <source>counts hidden in this copy; target {target}: {verdict}</source>
        <translation>counts hidden in this copy; target {target}: {verdict}</translation>
    </message>
    <message>
        <source>e.g. 12/BC-UBND</source>
        <translation>e.g. 12/BC-UBND</translation>
    </message>
    <message>
        <source>e.g. phonglaodong@example.gov.vn (optional)</source>
        <translation>e.g. phonglaodong@example.gov.vn (optional)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <source>no data yet (nothing to count in this period); target {target}</source>
        <translation>no data yet (nothing to count in this period); target {target}</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>when asked (no fixed date)</source>
        <translation>when asked (no fixed date)</translation>
    </message>
    <message>
        <source>{n} file(s) saved in {folder}:</source>
        <translation>{n} file(s) saved in {folder}:</translation>
    </message>
    <message>
        <source>{n} record(s) of this period need completing. Double-click one to open it; the figures are computed again after you save.</source>
        <translation>{n} record(s) of this period need completing. Double-click one to open it; the figures are computed again after you save.</translation>
    </message>
    <message>
        <source>{percent} ({numerator} of {denominator}); target {target}: {verdict}</source>
        <translation>{percent} ({numerator} of {denominator}); target {target}: {verdict}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>A member unit is a ward or a commune.</source>
        <translation>A member unit is a ward or a commune.</translation>
    </message>
    <message>
        <source>A member unit needs a name.</source>
        <translation>A member unit needs a name.</translation>
    </message>
    <message>
        <source>A ward or commune code has exactly 5 digits, e.g. 24133 (or leave it empty).</source>
        <translation>A ward or commune code has exactly 5 digits, e.g. 24133 (or leave it empty).</translation>
    </message>
    <message>
        <source>Adding up the figures of {n} units…</source>
        <translation>Adding up the figures of {n} units…</translation>
    </message>
    <message>
        <source>An ad hoc report has no period in the calendar: give its first and last day.</source>
        <translation>An ad hoc report has no period in the calendar: give its first and last day.</translation>
    </message>
    <message>
        <source>Choose at least one file to produce.</source>
        <translation>Choose at least one file to produce.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Keeping the packages received…</source>
        <translation>Keeping the packages received…</translation>
    </message>
    <message>
        <source>Keeping the report in the history…</source>
        <translation>Keeping the report in the history…</translation>
    </message>
    <message>
        <source>No member unit&apos;s package has been received for this period: nothing to compile.</source>
        <translation>No member unit&apos;s package has been received for this period: nothing to compile.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>The city has no member units yet: add its wards and communes first.</source>
        <translation>The city has no member units yet: add its wards and communes first.</translation>
    </message>
    <message>
        <source>The code {code} is already used by {unit}.</source>
        <translation>The code {code} is already used by {unit}.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (was the drive removed?).</source>
        <translation>The folder {path} does not exist (was the drive removed?).</translation>
    </message>
    <message>
        <source>The font for the report ({name}) is missing from this installation. Reinstall gbv-desktop.</source>
        <translation>The font for the report ({name}) is missing from this installation. Reinstall gbv-desktop.</translation>
    </message>
    <message>
        <source>The report contains characters its font cannot print: {chars}. Remove or replace them in the text and try again.</source>
        <translation>The report contains characters its font cannot print: {chars}. Remove or replace them in the text and try again.</translation>
    </message>
    <message>
        <source>The report package {path} cannot be used: {reason}</source>
        <translation>The report package {path} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>The report was not saved: {reason} Files of this report already written to {folder} were removed; nothing else was changed.</source>
        <translation>The report was not saved: {reason} Files of this report already written to {folder} were removed; nothing else was changed.</translation>
    </message>
    <message>
        <source>This member unit no longer exists.</source>
        <translation>This member unit no longer exists.</translation>
    </message>
    <message>
        <source>Unknown file type &quot;{name}&quot;: choose among pdf, docx, xlsx, json and eml.</source>
        <translation>Unknown file type &quot;{name}&quot;: choose among pdf, docx, xlsx, json and eml.</translation>
    </message>
    <message>
        <source>Writing the annex workbook (XLSX)…</source>
        <translation>Writing the annex workbook (XLSX)…</translation>
    </message>
    <message>
        <source>Writing the editable letter (DOCX)…</source>
        <translation>Writing the editable letter (DOCX)…</translation>
    </message>
    <message>
        <source>Writing the email draft…</source>
        <translation>Writing the email draft…</translation>
    </message>
    <message>
        <source>Writing the official letter (PDF)…</source>
        <translation>Writing the official letter (PDF)…</translation>
    </message>
    <message>
        <source>Writing the package for the city office (JSON)…</source>
        <translation>Writing the package for the city office (JSON)…</translation>
    </message>
    <message>
        <source>a newer package from {unit} for the same period is among the files imported ({name}).</source>
        <translation>a newer package from {unit} for the same period is among the files imported ({name}).</translation>
    </message>
    <message>
        <source>it comes from {unit} (code {code}), but the member unit {member} has no code yet. Enter its code under Member units, then import the file again.</source>
        <translation>it comes from {unit} (code {code}), but the member unit {member} has no code yet. Enter its code under Member units, then import the file again.</translation>
    </message>
    <message>
        <source>it comes from {unit} (code {code}), which is not one of the city&apos;s member units. If it belongs to the city, add it under Member units, then import the file again.</source>
        <translation>it comes from {unit} (code {code}), which is not one of the city&apos;s member units. If it belongs to the city, add it under Member units, then import the file again.</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>it could not be read ({reason}).</translation>
    </message>
    <message>
        <source>it covers {found}, not the period being compiled ({wanted}).</source>
        <translation>it covers {found}, not the period being compiled ({wanted}).</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>it does not exist.</translation>
    </message>
    <message>
        <source>it ends too early: it was probably cut off while being copied or saved.</source>
        <translation>it ends too early: it was probably cut off while being copied or saved.</translation>
    </message>
    <message>
        <source>it has an unexpected field &quot;{field}&quot;.</source>
        <translation>it has an unexpected field &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>it has no valid checksum.</source>
        <translation>it has no valid checksum.</translation>
    </message>
    <message>
        <source>it is a masked copy (small counts hidden, for sharing outside government), which cannot be added up; ask {unit} for the official package.</source>
        <translation>it is a masked copy (small counts hidden, for sharing outside government), which cannot be added up; ask {unit} for the official package.</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB, too large to be a report package.</source>
        <translation>it is larger than {limit} MB, too large to be a report package.</translation>
    </message>
    <message>
        <source>it is nested too deeply to be a report package.</source>
        <translation>it is nested too deeply to be a report package.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text, so it is not a report package from gbv-desktop.</source>
        <translation>it is not UTF-8 text, so it is not a report package from gbv-desktop.</translation>
    </message>
    <message>
        <source>it is not a report package from gbv-desktop.</source>
        <translation>it is not a report package from gbv-desktop.</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}); it may be damaged.</source>
        <translation>it is not valid JSON (line {line}, column {column}); it may be damaged.</translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be damaged.</source>
        <translation>it is not valid JSON; it may be damaged.</translation>
    </message>
    <message>
        <source>it is of the kind “{found}”, not “{wanted}”.</source>
        <translation>it is of the kind “{found}”, not “{wanted}”.</translation>
    </message>
    <message>
        <source>it is older than the package from {unit} received on {date}, which is kept.</source>
        <translation>it is older than the package from {unit} received on {date}, which is kept.</translation>
    </message>
    <message>
        <source>it is the compiled report of {unit}, not the report of a ward or commune.</source>
        <translation>it is the compiled report of {unit}, not the report of a ward or commune.</translation>
    </message>
    <message>
        <source>it is the same package as {name}, imported with it.</source>
        <translation>it is the same package as {name}, imported with it.</translation>
    </message>
    <message>
        <source>it was written by a newer version of gbv-desktop (report package version {found}; this version reads version {known} and older). Install the newer version to read it.</source>
        <translation>it was written by a newer version of gbv-desktop (report package version {found}; this version reads version {known} and older). Install the newer version to read it.</translation>
    </message>
    <message>
        <source>its checksum does not match its contents: it was changed or damaged after it was written.</source>
        <translation>its checksum does not match its contents: it was changed or damaged after it was written.</translation>
    </message>
    <message>
        <source>its field &quot;{field}&quot; is missing or not valid.</source>
        <translation>its field &quot;{field}&quot; is missing or not valid.</translation>
    </message>
    <message>
        <source>its format version is not valid.</source>
        <translation>its format version is not valid.</translation>
    </message>
    <message>
        <source>produce reports and keep them in the history</source>
        <translation>produce reports and keep them in the history</translation>
    </message>
    <message>
        <source>receive report packages and manage member units</source>
        <translation>receive report packages and manage member units</translation>
    </message>
    <message>
        <source>some of its counts are missing, so it cannot be added up.</source>
        <translation>some of its counts are missing, so it cannot be added up.</translation>
    </message>
    <message>
        <source>the field &quot;{field}&quot; appears twice in one object.</source>
        <translation>the field &quot;{field}&quot; appears twice in one object.</translation>
    </message>
    <message>
        <source>the same package was already received on {date}; nothing new was imported.</source>
        <translation>the same package was already received on {date}; nothing new was imported.</translation>
    </message>
    <message>
        <source>you chose to keep the package received on {date}; this one was not imported.</source>
        <translation>you chose to keep the package received on {date}; this one was not imported.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} is not a folder.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;New report…</translation>
    </message>
    <message>
        <source>Each report is kept with its figures as they were when it was made. A report marked “changed since” no longer matches the records: they were completed or corrected afterwards.</source>
        <translation>Each report is kept with its figures as they were when it was made. A report marked “changed since” no longer matches the records: they were completed or corrected afterwards.</translation>
    </message>
    <message>
        <source>No report has been produced yet. Press “New report…” to make one.</source>
        <translation>No report has been produced yet. Press “New report…” to make one.</translation>
    </message>
    <message>
        <source>Reports produced</source>
        <translation>Reports produced</translation>
    </message>
    <message>
        <source>Your role may look at the reports but not produce them.</source>
        <translation>Your role may look at the reports but not produce them.</translation>
    </message>
    <message>
        <source>{n} report(s).</source>
        <translation>{n} report(s).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restoring a backup</source>
        <translation>Restoring a backup</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Add a ser&amp;vice</source>
        <translation>Add a ser&amp;vice</translation>
    </message>
    <message>
        <source>Add a service given to the survivor</source>
        <translation>Add a service given to the survivor</translation>
    </message>
    <message>
        <source>No service recorded yet.</source>
        <translation>No service recorded yet.</translation>
    </message>
</context>
<context>
    <name>ServiceEntry</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Name, e.g. Ward health station</source>
        <translation>Name, e.g. Ward health station</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove service {n}</source>
        <translation>Remove service {n}</translation>
    </message>
    <message>
        <source>Remove this service from the case</source>
        <translation>Remove this service from the case</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Locked — sign in again</source>
        <translation>Locked — sign in again</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>6-month report</source>
        <translation>6-month report</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>A&amp;ccounts</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct the marked fields:</source>
        <translation>Nothing was saved. Please correct the marked fields:</translation>
    </message>
    <message>
        <source>Only an administrator manages accounts; you can change your password.</source>
        <translation>Only an administrator manages accounts; you can change your password.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>This is not your current password.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Account name</source>
        <translation>&amp;Account name</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Authority</translation>
    </message>
    <message>
        <source>&amp;Create the database</source>
        <translation>&amp;Create the database</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Issuing body</source>
        <translation>&amp;Issuing body</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Name of the unit</source>
        <translation>&amp;Name of the unit</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Place in the date line</source>
        <translation>&amp;Place in the date line</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Your name</translation>
    </message>
    <message>
        <source>(full name)</source>
        <translation>(full name)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&lt;p&gt;gbv-desktop keeps the records of your unit&apos;s work against gender-based violence: awareness activities, cases and the services given, trainings, models and facilities, support mobilised, inspections and funding. From these records it prepares the periodic reports to the city office.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data stays on this computer.&lt;/b&gt; The program needs no internet connection and sends nothing anywhere. The database is encrypted: without a password nobody can read it, not even by copying the file.&lt;/p&gt;&lt;p&gt;You will now enter your unit&apos;s details, the signatory of reports, the programme and its targets, and the first administrator account. At the end you receive a &lt;b&gt;recovery key&lt;/b&gt;: print it or save it, because it is the only way back in if every password is forgotten.&lt;/p&gt;</source>
        <translation>&lt;p&gt;gbv-desktop keeps the records of your unit&apos;s work against gender-based violence: awareness activities, cases and the services given, trainings, models and facilities, support mobilised, inspections and funding. From these records it prepares the periodic reports to the city office.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data stays on this computer.&lt;/b&gt; The program needs no internet connection and sends nothing anywhere. The database is encrypted: without a password nobody can read it, not even by copying the file.&lt;/p&gt;&lt;p&gt;You will now enter your unit&apos;s details, the signatory of reports, the programme and its targets, and the first administrator account. At the end you receive a &lt;b&gt;recovery key&lt;/b&gt;: print it or save it, because it is the only way back in if every password is forgotten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A few questions set the program up for your unit. It takes about five minutes.</source>
        <translation>A few questions set the program up for your unit. It takes about five minutes.</translation>
    </message>
    <message>
        <source>Administrative &amp;code</source>
        <translation>Administrative &amp;code</translation>
    </message>
    <message>
        <source>As in &quot;Tân Lợi, ngày 15 tháng 5 năm 2025&quot;.</source>
        <translation>As in &quot;Tân Lợi, ngày 15 tháng 5 năm 2025&quot;.</translation>
    </message>
    <message>
        <source>As it will appear:</source>
        <translation>As it will appear:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close without the key</source>
        <translation>Close without the key</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
    <message>
        <source>Go back to the key</source>
        <translation>Go back to the key</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>Pa&amp;rent body</source>
        <translation>Pa&amp;rent body</translation>
    </message>
    <message>
        <source>Plan &amp;reference</source>
        <translation>Plan &amp;reference</translation>
    </message>
    <message>
        <source>Printed above the issuing body; leave empty if there is none.</source>
        <translation>Printed above the issuing body; leave empty if there is none.</translation>
    </message>
    <message>
        <source>Programme and targets</source>
        <translation>Programme and targets</translation>
    </message>
    <message>
        <source>Recovery key not kept</source>
        <translation>Recovery key not kept</translation>
    </message>
    <message>
        <source>Reports &amp;go to</source>
        <translation>Reports &amp;go to</translation>
    </message>
    <message>
        <source>Set up gbv-desktop</source>
        <translation>Set up gbv-desktop</translation>
    </message>
    <message>
        <source>Share of cases needing help (medical care, counselling, legal advice…) that receive it.</source>
        <translation>Share of cases needing help (medical care, counselling, legal advice…) that receive it.</translation>
    </message>
    <message>
        <source>Share of people subjected to gender-based violence who receive help from a service provider.</source>
        <translation>Share of people subjected to gender-based violence who receive help from a service provider.</translation>
    </message>
    <message>
        <source>Target &amp;1</source>
        <translation>Target &amp;1</translation>
    </message>
    <message>
        <source>Target &amp;2</source>
        <translation>Target &amp;2</translation>
    </message>
    <message>
        <source>The database has been created and you can sign in with your password. Without the recovery key, a forgotten password cannot be recovered. Close without keeping the key?</source>
        <translation>The database has been created and you can sign in with your password. Without the recovery key, a forgotten password cannot be recovered. Close without keeping the key?</translation>
    </message>
    <message>
        <source>The database is ready. One last step: keep the recovery key.</source>
        <translation>The database is ready. One last step: keep the recovery key.</translation>
    </message>
    <message>
        <source>The database was not created. {reason}</source>
        <translation>The database was not created. {reason}</translation>
    </message>
    <message>
        <source>The database will be created at:</source>
        <translation>The database will be created at:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>The plan your unit carries out and the two targets every report is measured against. The defaults are the 2021–2025 plan; change them if your plan differs.</source>
        <translation>The plan your unit carries out and the two targets every report is measured against. The defaults are the 2021–2025 plan; change them if your plan differs.</translation>
    </message>
    <message>
        <source>The reporting calendar (6-month and annual deadlines) can be changed later in Settings.</source>
        <translation>The reporting calendar (6-month and annual deadlines) can be changed later in Settings.</translation>
    </message>
    <message>
        <source>The signature block of the official letter. Each report can change it.</source>
        <translation>The signature block of the official letter. Each report can change it.</translation>
    </message>
    <message>
        <source>The unit&apos;s code in the national list of administrative units.</source>
        <translation>The unit&apos;s code in the national list of administrative units.</translation>
    </message>
    <message>
        <source>These details appear in the heading and date line of every report. You can change them later in Settings.</source>
        <translation>These details appear in the heading and date line of every report. You can change them later in Settings.</translation>
    </message>
    <message>
        <source>This account manages the unit&apos;s settings, the other accounts and the backups. Choose a password you can remember: nobody can look it up for you.</source>
        <translation>This account manages the unit&apos;s settings, the other accounts and the backups. Choose a password you can remember: nobody can look it up for you.</translation>
    </message>
    <message>
        <source>Used to sign in: letters without accents, digits, dots, dashes or underscores.</source>
        <translation>Used to sign in: letters without accents, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>Welcome to gbv-desktop</source>
        <translation>Welcome to gbv-desktop</translation>
    </message>
    <message>
        <source>Who signs the reports</source>
        <translation>Who signs the reports</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <source>e.g. &quot;CHỦ TỊCH&quot; or &quot;PHÓ CHỦ TỊCH&quot;.</source>
        <translation>e.g. &quot;CHỦ TỊCH&quot; or &quot;PHÓ CHỦ TỊCH&quot;.</translation>
    </message>
    <message>
        <source>e.g. &quot;TM. ỦY BAN NHÂN DÂN&quot; or &quot;KT. CHỦ TỊCH&quot;.</source>
        <translation>e.g. &quot;TM. ỦY BAN NHÂN DÂN&quot; or &quot;KT. CHỦ TỊCH&quot;.</translation>
    </message>
    <message>
        <source>e.g. 24133</source>
        <translation>e.g. 24133</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>e.g. Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>e.g. Phường Tân Lợi</source>
        <translation>e.g. Phường Tân Lợi</translation>
    </message>
    <message>
        <source>e.g. admin or lan.nguyen</source>
        <translation>e.g. admin or lan.nguyen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Account name</source>
        <translation>&amp;Account name</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Forgot password?</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup…</source>
        <translation>&amp;Restore the newest good backup…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Enter your account name and password first.</source>
        <translation>Enter your account name and password first.</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Enter your account name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>No backup of this database that checks out was found in {folders}. If a backup is on a USB stick, plug it in and try again, or restore it from the command line (gbv-desktop restore).</source>
        <translation>No backup of this database that checks out was found in {folders}. If a backup is on a USB stick, plug it in and try again, or restore it from the command line (gbv-desktop restore).</translation>
    </message>
    <message>
        <source>Restore and sign in</source>
        <translation>Restore and sign in</translation>
    </message>
    <message>
        <source>Restore the backup of {date} from {folder}?

The damaged database is kept in the backups folder, not deleted. Anything entered after {date} is not in the backup.</source>
        <translation>Restore the backup of {date} from {folder}?

The damaged database is kept in the backups folder, not deleted. Anything entered after {date} is not in the backup.</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Restore the newest good backup</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in — gbv-desktop</source>
        <translation>Sign in — gbv-desktop</translation>
    </message>
    <message>
        <source>The backup of {date} has been restored.</source>
        <translation>The backup of {date} has been restored.</translation>
    </message>
    <message>
        <source>The damaged database is kept as {name} in {folder}.</source>
        <translation>The damaged database is kept as {name} in {folder}.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been altered outside the program, so it was not opened.</source>
        <translation>The database file is damaged or has been altered outside the program, so it was not opened.</translation>
    </message>
    <message>
        <source>The program will not work on a damaged database. Restore the newest backup that checks out: the damaged file is kept aside, not deleted, and what was entered after that backup is not in it.</source>
        <translation>The program will not work on a damaged database. Restore the newest backup that checks out: the damaged file is kept aside, not deleted, and what was entered after that backup is not in it.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>A database already exists at {path}; nothing was changed.</source>
        <translation>A database already exists at {path}; nothing was changed.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>At least one active administrator must remain.</translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}. The previous file, if any, is unchanged.</source>
        <translation>Could not write {path}: {detail}. The previous file, if any, is unchanged.</translation>
    </message>
    <message>
        <source>Record {kind} #{id} does not exist (it may have been deleted).</source>
        <translation>Record {kind} #{id} does not exist (it may have been deleted).</translation>
    </message>
    <message>
        <source>The backup folder {path} cannot be reached (is the drive plugged in?). Nothing was written there.</source>
        <translation>The backup folder {path} cannot be reached (is the drive plugged in?). Nothing was written there.</translation>
    </message>
    <message>
        <source>The backup {path} belongs to another database. Restore it with that database&apos;s own password from the command line (gbv-desktop restore).</source>
        <translation>The backup {path} belongs to another database. Restore it with that database&apos;s own password from the command line (gbv-desktop restore).</translation>
    </message>
    <message>
        <source>The database cannot be kept at {path}: {reason} Keep it on this computer&apos;s own disk and copy backups to other drives instead.</source>
        <translation>The database cannot be kept at {path}: {reason} Keep it on this computer&apos;s own disk and copy backups to other drives instead.</translation>
    </message>
    <message>
        <source>The database could not be used.</source>
        <translation>The database could not be used.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been altered ({detail}). Restore the newest backup.</source>
        <translation>The database file is damaged or has been altered ({detail}). Restore the newest backup.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Close it and try again.</source>
        <translation>The database is busy in another window or program. Close it and try again.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>The disk is full; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The file {path} cannot be used: {detail}</source>
        <translation>The file {path} cannot be used: {detail}</translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this database is missing. Restore it from a backup (it is saved beside every backup).</source>
        <translation>The key file {path} that belongs to this database is missing. Restore it from a backup (it is saved beside every backup).</translation>
    </message>
    <message>
        <source>The record has {count} invalid field(s).</source>
        <translation>The record has {count} invalid field(s).</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of gbv-desktop (schema {found}, this version knows up to {known}). Install the newer version; nothing was changed.</source>
        <translation>This database was written by a newer version of gbv-desktop (schema {found}, this version knows up to {known}). Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>This recovery key does not open this database.</translation>
    </message>
    <message>
        <source>Wrong account name or password.</source>
        <translation>Wrong account name or password.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: {action}.</source>
        <translation>Your role ({role}) may not do this: {action}.</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>change records</translation>
    </message>
    <message>
        <source>change the unit&apos;s settings</source>
        <translation>change the unit&apos;s settings</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>see or change a survivor&apos;s identifying details</source>
        <translation>see or change a survivor&apos;s identifying details</translation>
    </message>
    <message>
        <source>the file read back differs from what was written</source>
        <translation>the file read back differs from what was written</translation>
    </message>
</context>
<context>
    <name>TargetBar</name>
    <message>
        <source>No data. Target: {target}</source>
        <translation>No data. Target: {target}</translation>
    </message>
    <message>
        <source>{value} (target {target})</source>
        <translation>{value} (target {target})</translation>
    </message>
</context>
<context>
    <name>TargetCard</name>
    <message>
        <source>Phase {first}–{last}</source>
        <translation>Phase {first}–{last}</translation>
    </message>
    <message>
        <source>Target: {target}</source>
        <translation>Target: {target}</translation>
    </message>
    <message>
        <source>Year {year} ({start} – {end})</source>
        <translation>Year {year} ({start} – {end})</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Missing (no code entered)</source>
        <translation>Missing (no code entered)</translation>
    </message>
    <message>
        <source>Missing, {n} day(s) overdue</source>
        <translation>Missing, {n} day(s) overdue</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Not received yet</source>
        <translation>Not received yet</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Received late ({n} day(s))</source>
        <translation>Received late ({n} day(s))</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The unit sent a newer package; the latest counts, the earlier ones are kept.</source>
        <translation>The unit sent a newer package; the latest counts, the earlier ones are kept.</translation>
    </message>
    <message>
        <source>Ward or commune</source>
        <translation>Ward or commune</translation>
    </message>
    <message>
        <source>{first} (new version {latest})</source>
        <translation>{first} (new version {latest})</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>By role and sex</source>
        <translation>By role and sex</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Cost and notes</source>
        <translation>Cost and notes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End date (if several days)</source>
        <translation>End date (if several days)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Save, then start a new course with the same dates, organiser and place (Ctrl+Shift+S)</source>
        <translation>Save, then start a new course with the same dates, organiser and place (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>e.g. Skills for supporting survivors of gender-based violence</source>
        <translation>e.g. Skills for supporting survivors of gender-based violence</translation>
    </message>
    <message>
        <source>e.g. Ward People&apos;s Committee</source>
        <translation>e.g. Ward People&apos;s Committee</translation>
    </message>
</context>
<context>
    <name>UnitTab</name>
    <message>
        <source>5 digits, e.g. 24133</source>
        <translation>5 digits, e.g. 24133</translation>
    </message>
    <message>
        <source>Administrative code</source>
        <translation>Administrative code</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Document symbol</translation>
    </message>
    <message>
        <source>In the letter: {line}</source>
        <translation>In the letter: {line}</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation>Name of the signatory</translation>
    </message>
    <message>
        <source>Only an administrator can change the unit&apos;s details.</source>
        <translation>Only an administrator can change the unit&apos;s details.</translation>
    </message>
    <message>
        <source>Parent body (if any)</source>
        <translation>Parent body (if any)</translation>
    </message>
    <message>
        <source>Place name in the date line</source>
        <translation>Place name in the date line</translation>
    </message>
    <message>
        <source>Recipient (Kính gửi)</source>
        <translation>Recipient (Kính gửi)</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>The letter</translation>
    </message>
    <message>
        <source>The number reads: {number}</source>
        <translation>The number reads: {number}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>e.g. CHỦ TỊCH or PHÓ CHỦ TỊCH</source>
        <translation>e.g. CHỦ TỊCH or PHÓ CHỦ TỊCH</translation>
    </message>
    <message>
        <source>e.g. Phường Tân Lợi</source>
        <translation>e.g. Phường Tân Lợi</translation>
    </message>
    <message>
        <source>e.g. TM. ỦY BAN NHÂN DÂN or KT. CHỦ TỊCH</source>
        <translation>e.g. TM. ỦY BAN NHÂN DÂN or KT. CHỦ TỊCH</translation>
    </message>
    <message>
        <source>e.g. Tân Lợi</source>
        <translation>e.g. Tân Lợi</translation>
    </message>
    <message>
        <source>e.g. ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI</source>
        <translation>e.g. ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&quot;{value}&quot; is not a valid date (dd/mm/yyyy).</source>
        <translation>&quot;{value}&quot; is not a valid date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the allowed choices.</source>
        <translation>&quot;{value}&quot; is not one of the allowed choices.</translation>
    </message>
    <message>
        <source>A city or province code has 2, 3 or 5 digits.</source>
        <translation>A city or province code has 2, 3 or 5 digits.</translation>
    </message>
    <message>
        <source>A closed model needs the date it closed.</source>
        <translation>A closed model needs the date it closed.</translation>
    </message>
    <message>
        <source>A target is a percentage between 0 and 100.</source>
        <translation>A target is a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>A ward or commune code has exactly 5 digits, e.g. 24133.</source>
        <translation>A ward or commune code has exactly 5 digits, e.g. 24133.</translation>
    </message>
    <message>
        <source>An account name has 2 to 40 letters without accents (a–z), digits, dots, dashes or underscores.</source>
        <translation>An account name has 2 to 40 letters without accents (a–z), digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>Enter a number of women and a number of men.</source>
        <translation>Enter a number of women and a number of men.</translation>
    </message>
    <message>
        <source>Enter an amount of money or a description of what was given.</source>
        <translation>Enter an amount of money or a description of what was given.</translation>
    </message>
    <message>
        <source>Enter at least one participant.</source>
        <translation>Enter at least one participant.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Must not be negative.</translation>
    </message>
    <message>
        <source>Only a closed model has a closing date.</source>
        <translation>Only a closed model has a closing date.</translation>
    </message>
    <message>
        <source>Shelter days are recorded but no shelter service was given.</source>
        <translation>Shelter days are recorded but no shelter service was given.</translation>
    </message>
    <message>
        <source>The account name &quot;{value}&quot; is already taken.</source>
        <translation>The account name &quot;{value}&quot; is already taken.</translation>
    </message>
    <message>
        <source>The case is closed but these needs received no service: {needs}.</source>
        <translation>The case is closed but these needs received no service: {needs}.</translation>
    </message>
    <message>
        <source>The closing date is before the date it was set up.</source>
        <translation>The closing date is before the date it was set up.</translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation>The date {value} is in the future.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>The phase must start no later than it ends, between 2000 and 2100.</source>
        <translation>The phase must start no later than it ends, between 2000 and 2100.</translation>
    </message>
    <message>
        <source>The reference {value} is already used by another case.</source>
        <translation>The reference {value} is already used by another case.</translation>
    </message>
    <message>
        <source>The service date {value} is before the case was reported ({reported}).</source>
        <translation>The service date {value} is before the case was reported ({reported}).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and {max}.</source>
        <translation>The year must be between 2000 and {max}.</translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and {max}.</source>
        <translation>The year of birth must be between 1900 and {max}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Too large: at most {limit}.</source>
        <translation>Too large: at most {limit}.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Women ({female}) and men ({male}) add up to more than the total ({total}).</source>
        <translation>Women ({female}) and men ({male}) add up to more than the total ({total}).</translation>
    </message>
    <message>
        <source>{value} is more than the total ({total}).</source>
        <translation>{value} is more than the total ({total}).</translation>
    </message>
</context>
</TS>
