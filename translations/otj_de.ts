<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandRegistry</name>
    <message>
        <source>&apos;%1&apos; is not a cmdlet name; the tool sends cmdlets with typed parameters, never script text.</source>
        <translation>„%1“ ist kein Cmdlet-Name; das Werkzeug sendet Cmdlets mit typisierten Parametern, niemals Skripttext.</translation>
    </message>
    <message>
        <source>%1 is not in the tool&apos;s list of Exchange commands.</source>
        <translation>%1 steht nicht in der Liste der Exchange-Befehle des Werkzeugs.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a property name.</source>
        <translation>„%1“ ist kein Eigenschaftsname.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter name.</source>
        <translation>„%1“ ist kein Parametername.</translation>
    </message>
    <message>
        <source>%1 has no parameter -%2 in the tool&apos;s list.</source>
        <translation>%1 hat in der Liste des Werkzeugs keinen Parameter -%2.</translation>
    </message>
    <message>
        <source>-%1 of %2 takes a %3 value, not %4.</source>
        <translation>-%1 von %2 erwartet einen %3-Wert, nicht %4.</translation>
    </message>
</context>
<context>
    <name>PowerShellProgramSetting</name>
    <message>
        <source>%1 must be a JSON array of strings: the program and its arguments, e.g. [&quot;pwsh&quot;, &quot;-File&quot;, &quot;bridge.ps1&quot;].</source>
        <translation>%1 muss ein JSON-Array aus Zeichenketten sein: das Programm und seine Argumente, z. B. [&quot;pwsh&quot;, &quot;-File&quot;, &quot;bridge.ps1&quot;].</translation>
    </message>
    <message>
        <source>from the %1 environment variable</source>
        <translation>aus der Umgebungsvariablen %1</translation>
    </message>
    <message>
        <source>this computer&apos;s setting</source>
        <translation>Einstellung dieses Computers</translation>
    </message>
    <message>
        <source>the default for this operating system</source>
        <translation>Standard für dieses Betriebssystem</translation>
    </message>
</context>
<context>
    <name>ShellRemedy</name>
    <message>
        <source>This machine&apos;s PowerShell cannot reach Exchange remote PowerShell (PowerShell on Linux and macOS has no WSMan client since version 7.4); export the setup script and run it on a Windows machine.</source>
        <translation>Die PowerShell dieses Computers kann Exchange-Remote-PowerShell nicht erreichen (PowerShell unter Linux und macOS hat seit Version 7.4 keinen WSMan-Client); exportieren Sie das Einrichtungsskript und führen Sie es auf einem Windows-Computer aus.</translation>
    </message>
    <message>
        <source>%1 is not available to this account in Exchange: it comes with the management role &quot;%2&quot;. Ask an Exchange administrator to assign it (Organization Management includes it), or sign in with an account that has it.</source>
        <translation>%1 steht diesem Konto in Exchange nicht zur Verfügung: Es gehört zur Verwaltungsrolle „%2“. Bitten Sie einen Exchange-Administrator, sie zuzuweisen (Organization Management enthält sie), oder melden Sie sich mit einem Konto an, das sie hat.</translation>
    </message>
    <message>
        <source>%1 is not available in this Exchange session.</source>
        <translation>%1 ist in dieser Exchange-Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <source>PowerShell refuses to run scripts on this machine (execution policy, possibly enforced by Group Policy). Importing the Exchange session needs scripts: ask for the policy RemoteSigned for your account, or use a machine where it is allowed.</source>
        <translation>PowerShell verweigert auf diesem Computer die Ausführung von Skripts (Ausführungsrichtlinie, möglicherweise per Gruppenrichtlinie erzwungen). Der Import der Exchange-Sitzung braucht Skripts: Bitten Sie um die Richtlinie RemoteSigned für Ihr Konto, oder verwenden Sie einen Computer, auf dem sie erlaubt sind.</translation>
    </message>
    <message>
        <source>WinRM does not trust this server name. Use the server&apos;s fully qualified domain name with Kerberos, or HTTPS; adding the server to TrustedHosts is only needed for other methods over HTTP and is not recommended.</source>
        <translation>WinRM vertraut diesem Servernamen nicht. Verwenden Sie den vollqualifizierten Domänennamen des Servers mit Kerberos oder HTTPS; den Server zu TrustedHosts hinzuzufügen ist nur für andere Verfahren über HTTP nötig und wird nicht empfohlen.</translation>
    </message>
    <message>
        <source>Windows does not trust the server&apos;s HTTPS certificate. Import the issuing CA into this machine&apos;s Trusted Root Certification Authorities store (or use the name the certificate was issued to). The tool never skips the certificate check.</source>
        <translation>Windows vertraut dem HTTPS-Zertifikat des Servers nicht. Importieren Sie die ausstellende Zertifizierungsstelle in den Speicher „Vertrauenswürdige Stammzertifizierungsstellen“ dieses Computers (oder verwenden Sie den Namen, auf den das Zertifikat ausgestellt ist). Das Werkzeug überspringt die Zertifikatprüfung nie.</translation>
    </message>
    <message>
        <source>Kerberos sign-in failed. Use the server&apos;s fully qualified domain name (not an IP address or an alias) from a domain-joined machine, check that the clocks agree, or sign in with an explicit account.</source>
        <translation>Die Kerberos-Anmeldung ist fehlgeschlagen. Verwenden Sie den vollqualifizierten Domänennamen des Servers (keine IP-Adresse, keinen Alias) von einem Computer in der Domäne, prüfen Sie, ob die Uhren übereinstimmen, oder melden Sie sich mit einem ausdrücklichen Konto an.</translation>
    </message>
    <message>
        <source>Exchange refused the sign-in. Check the user name and password, and that the account may use remote PowerShell (RemotePowerShellEnabled).</source>
        <translation>Exchange hat die Anmeldung abgelehnt. Prüfen Sie Benutzername und Kennwort und ob das Konto Remote-PowerShell verwenden darf (RemotePowerShellEnabled).</translation>
    </message>
    <message>
        <source>WinRM could not reach the server. Check the remote PowerShell URI (http://&lt;server FQDN&gt;/PowerShell/), that the port is open, and that the server is running.</source>
        <translation>WinRM konnte den Server nicht erreichen. Prüfen Sie den Remote-PowerShell-URI (http://&lt;Server-FQDN&gt;/PowerShell/), ob der Port offen ist und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Exchange did not answer in time. Check that the server is reachable and not overloaded, then try again.</source>
        <translation>Exchange hat nicht rechtzeitig geantwortet. Prüfen Sie, ob der Server erreichbar und nicht überlastet ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PowerShell program stopped unexpectedly. Check the PowerShell program shown on the Connections page and the log file.</source>
        <translation>Das PowerShell-Programm wurde unerwartet beendet. Prüfen Sie das auf der Seite „Verbindungen“ angezeigte PowerShell-Programm und die Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects Pexip Infinity One-Touch Join to Microsoft Exchange on-premises.</source>
        <translation>Verbindet Pexip Infinity One-Touch Join mit Microsoft Exchange (lokal, on-premises).</translation>
    </message>
    <message>
        <source>Open the setup profile FILE.</source>
        <translation>Die Einrichtungsprofildatei DATEI öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Use the language CODE (en, nb, de).</source>
        <translation>Die Sprache CODE verwenden (en, nb, de).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
<context>
    <name>otj::AuthenticationStep</name>
    <message>
        <source>No credential store.</source>
        <translation>Kein Anmeldedatenspeicher.</translation>
    </message>
    <message>
        <source>The service account&apos;s password is not available (%1).</source>
        <translation>Das Passwort des Dienstkontos ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>Store the password in the wizard, or set %2 for unattended runs.</source>
        <translation>Speichern Sie das Passwort im Assistenten, oder setzen Sie %2 für unbeaufsichtigte Läufe.</translation>
    </message>
    <message>
        <source>Not checked: the service account&apos;s password is not available.</source>
        <translation>Nicht geprüft: Das Passwort des Dienstkontos ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>EWS does not offer %1 authentication (it offers %2).</source>
        <translation>EWS bietet keine %1-Authentifizierung an (angeboten wird %2).</translation>
    </message>
    <message>
        <source>Enable Basic authentication on the EWS virtual directory (Set-WebServicesVirtualDirectory -BasicAuthentication $true), or choose NTLM.</source>
        <translation>Aktivieren Sie die Standardauthentifizierung im virtuellen EWS-Verzeichnis (Set-WebServicesVirtualDirectory -BasicAuthentication $true), oder wählen Sie NTLM.</translation>
    </message>
    <message>
        <source>Enable Windows authentication (NTLM) on the EWS virtual directory, or choose Basic.</source>
        <translation>Aktivieren Sie die Windows-Authentifizierung (NTLM) im virtuellen EWS-Verzeichnis, oder wählen Sie Basic.</translation>
    </message>
    <message>
        <source>Signed in to EWS with %1.</source>
        <translation>Bei EWS mit %1 angemeldet.</translation>
    </message>
    <message>
        <source>EWS rejected the service account&apos;s %1 sign-in (HTTP 401). From EWS alone this cannot be told apart: a wrong password, a disabled, locked or expired account, or an authentication policy blocking legacy authentication all look the same; the PowerShell-side checks tell them apart.</source>
        <translation>EWS hat die %1-Anmeldung des Dienstkontos abgelehnt (HTTP 401). Allein über EWS lässt sich das nicht unterscheiden: Ein falsches Passwort, ein deaktiviertes, gesperrtes oder abgelaufenes Konto oder eine Authentifizierungsrichtlinie, die Legacy-Authentifizierung blockiert, sehen gleich aus; die PowerShell-Prüfungen unterscheiden sie.</translation>
    </message>
    <message>
        <source>Check the service account&apos;s password, then run the full validation with the Exchange admin&apos;s credentials.</source>
        <translation>Prüfen Sie das Passwort des Dienstkontos und führen Sie dann die vollständige Validierung mit den Anmeldedaten des Exchange-Administrators aus.</translation>
    </message>
    <message>
        <source>EWS refuses the service account (HTTP 403): EWS is blocked for this user or for this application.</source>
        <translation>EWS weist das Dienstkonto ab (HTTP 403): EWS ist für diesen Benutzer oder diese Anwendung gesperrt.</translation>
    </message>
    <message>
        <source>Allow EWS for the service account (Set-CASMailbox -EwsEnabled $true) and check the organisation&apos;s EWS application access policy.</source>
        <translation>Erlauben Sie EWS für das Dienstkonto (Set-CASMailbox -EwsEnabled $true) und prüfen Sie die EWS-Anwendungszugriffsrichtlinie der Organisation.</translation>
    </message>
    <message>
        <source>The service account is locked (HTTP 456).</source>
        <translation>Das Dienstkonto ist gesperrt (HTTP 456).</translation>
    </message>
    <message>
        <source>Unlock the account in Active Directory.</source>
        <translation>Entsperren Sie das Konto im Active Directory.</translation>
    </message>
    <message>
        <source>Credentials would go over plain HTTP; refused.</source>
        <translation>Anmeldedaten würden über unverschlüsseltes HTTP gesendet; abgelehnt.</translation>
    </message>
    <message>
        <source>Use the https:// EWS URL.</source>
        <translation>Verwenden Sie die https://-EWS-URL.</translation>
    </message>
    <message>
        <source>Not checked: the service account cannot sign in to EWS.</source>
        <translation>Nicht geprüft: Das Dienstkonto kann sich nicht bei EWS anmelden.</translation>
    </message>
    <message>
        <source>The service account signs in to EWS with %1</source>
        <translation>Das Dienstkonto meldet sich mit %1 bei EWS an</translation>
    </message>
    <message>
        <source>No authentication policy blocks the service account</source>
        <translation>Keine Authentifizierungsrichtlinie blockiert das Dienstkonto</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>The EWS virtual directories allow %1</source>
        <translation>Die virtuellen EWS-Verzeichnisse erlauben %1</translation>
    </message>
</context>
<context>
    <name>otj::CalendarProcessingPlanner</name>
    <message>
        <source>Change it if One-Touch Join should book this room for everyone (otjctl apply --fix-booking-blockers), or leave it if the restriction is wanted.</source>
        <translation>Ändern Sie es, wenn One-Touch Join diesen Raum für alle buchen soll (otjctl apply --fix-booking-blockers), oder lassen Sie es, wenn die Einschränkung gewollt ist.</translation>
    </message>
    <message>
        <source>Only organizers in BookInPolicy (%1) are accepted automatically (AllBookInPolicy $false): other invitations are declined or wait for a delegate.</source>
        <translation>Nur Organisatoren in BookInPolicy (%1) werden automatisch angenommen (AllBookInPolicy $false): andere Einladungen werden abgelehnt oder warten auf einen Stellvertreter.</translation>
    </message>
    <message>
        <source>Invitations wait for a delegate&apos;s approval (ResourceDelegates %1, ForwardRequestsToDelegates $true): the meeting stays tentative until someone approves.</source>
        <translation>Einladungen warten auf die Zustimmung eines Stellvertreters (ResourceDelegates %1, ForwardRequestsToDelegates $true): die Besprechung bleibt vorläufig, bis jemand zustimmt.</translation>
    </message>
    <message>
        <source>Meetings more than %1 days ahead are declined (BookingWindowInDays).</source>
        <translation>Besprechungen mehr als %1 Tage im Voraus werden abgelehnt (BookingWindowInDays).</translation>
    </message>
    <message>
        <source>Meetings longer than %1 minutes are declined (MaximumDurationInMinutes).</source>
        <translation>Besprechungen, die länger als %1 Minuten dauern, werden abgelehnt (MaximumDurationInMinutes).</translation>
    </message>
    <message>
        <source>Recurring meetings are declined (AllowRecurringMeetings $false).</source>
        <translation>Serienbesprechungen werden abgelehnt (AllowRecurringMeetings $false).</translation>
    </message>
    <message>
        <source>Meetings outside the room&apos;s working hours are declined (ScheduleOnlyDuringWorkHours $true).</source>
        <translation>Besprechungen außerhalb der Arbeitszeit des Raums werden abgelehnt (ScheduleOnlyDuringWorkHours $true).</translation>
    </message>
    <message>
        <source>Overlapping meetings are accepted (AllowConflicts $true, ConflictPercentageAllowed %1, MaximumConflictInstances %2): the endpoint shows two meetings at once.</source>
        <translation>Überschneidende Besprechungen werden angenommen (AllowConflicts $true, ConflictPercentageAllowed %1, MaximumConflictInstances %2): das Endgerät zeigt zwei Besprechungen gleichzeitig.</translation>
    </message>
    <message>
        <source>Set AllowConflicts $false unless double bookings are wanted in this room.</source>
        <translation>Setzen Sie AllowConflicts $false, es sei denn, Doppelbuchungen sind in diesem Raum gewollt.</translation>
    </message>
    <message>
        <source>Calendar processing of %1 as the profile&apos;s policy says (meeting details kept)</source>
        <translation>Kalenderverarbeitung von %1 wie in der Richtlinie des Profils (Besprechungsdetails bleiben erhalten)</translation>
    </message>
    <message>
        <source>Let %1 accept every organizer&apos;s meetings (booking restrictions removed)</source>
        <translation>%1 nimmt Besprechungen aller Organisatoren an (Buchungseinschränkungen entfernt)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>otj::CalendarProcessingStep</name>
    <message>
        <source>Set-CalendarProcessing %3 -DeleteComments $false -DeleteSubject $false -AddOrganizerToSubject $false, then ask organizers to re-send.</source>
        <translation>Set-CalendarProcessing %3 -DeleteComments $false -DeleteSubject $false -AddOrganizerToSubject $false, dann die Organisatoren bitten, erneut zu senden.</translation>
    </message>
    <message>
        <source>No meetings in the next %1 days to inspect; book a test meeting with a join link and re-run.</source>
        <translation>Keine Besprechungen in den nächsten %1 Tagen zum Prüfen; buchen Sie eine Testbesprechung mit Teilnahmelink und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>%1 of %2 meetings lost their body or subject: the room&apos;s calendar processing still strips them.</source>
        <translation>%1 von %2 Besprechungen haben Text oder Betreff verloren: Die Kalenderverarbeitung des Raums entfernt sie weiterhin.</translation>
    </message>
    <message>
        <source>%1 of %2 meetings lost their body or subject after the last calendar-processing change: the room&apos;s calendar processing still strips them.</source>
        <translation>%1 von %2 Besprechungen haben nach der letzten Änderung der Kalenderverarbeitung Text oder Betreff verloren: Die Kalenderverarbeitung des Raums entfernt sie weiterhin.</translation>
    </message>
    <message>
        <source>All %1 meetings lost their body or subject. EWS cannot tell whether the room still strips them: the time of its last calendar-processing change needs the PowerShell checks.</source>
        <translation>Alle %1 Besprechungen haben Text oder Betreff verloren. Über EWS lässt sich nicht feststellen, ob der Raum sie weiterhin entfernt: Der Zeitpunkt der letzten Änderung der Kalenderverarbeitung erfordert die PowerShell-Prüfungen.</translation>
    </message>
    <message>
        <source>If calendar processing is not fixed yet, fix it; then ask the organizers to re-send these meetings (Exchange never repairs them).</source>
        <translation>Falls die Kalenderverarbeitung noch nicht korrigiert ist, korrigieren Sie sie; bitten Sie dann die Organisatoren, diese Besprechungen erneut zu senden (Exchange repariert sie nie).</translation>
    </message>
    <message>
        <source>Re-send needed: %1 meetings created before the calendar-processing change were stripped, and Exchange never repairs them.</source>
        <translation>Erneutes Senden nötig: %1 Besprechungen, die vor der Änderung der Kalenderverarbeitung erstellt wurden, wurden gekürzt, und Exchange repariert sie nie.</translation>
    </message>
    <message>
        <source>Ask the organizers of the listed meetings to re-send them.</source>
        <translation>Bitten Sie die Organisatoren der aufgeführten Besprechungen, sie erneut zu senden.</translation>
    </message>
    <message>
        <source>%1 meetings keep their subject and body.</source>
        <translation>%1 Besprechungen behalten Betreff und Text.</translation>
    </message>
    <message>
        <source>Not checked: the calendar could not be read.</source>
        <translation>Nicht geprüft: Der Kalender konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Calendar processing keeps meeting details</source>
        <translation>Die Kalenderverarbeitung behält die Besprechungsdetails</translation>
    </message>
    <message>
        <source>Meetings keep their subject and body</source>
        <translation>Besprechungen behalten Betreff und Text</translation>
    </message>
    <message>
        <source>All %1 rooms process meetings as the profile&apos;s calendar policy says.</source>
        <translation>Alle %1 Räume verarbeiten Besprechungen wie in der Kalenderrichtlinie des Profils.</translation>
    </message>
    <message>
        <source>%1 of %2 rooms differ from the profile&apos;s calendar policy: %3.</source>
        <translation>%1 von %2 Räumen weichen von der Kalenderrichtlinie des Profils ab: %3.</translation>
    </message>
    <message>
        <source>Run otjctl plan to see the differences and otjctl apply to fix them.</source>
        <translation>Führen Sie otjctl plan aus, um die Unterschiede zu sehen, und otjctl apply, um sie zu beheben.</translation>
    </message>
    <message>
        <source>%1 rooms have settings that stop automatic booking for some meetings: %2.</source>
        <translation>%1 Räume haben Einstellungen, die die automatische Buchung mancher Besprechungen verhindern: %2.</translation>
    </message>
    <message>
        <source>otjctl plan lists each with its reason; otjctl apply --fix-booking-blockers changes them if they are not wanted.</source>
        <translation>otjctl plan listet jede mit ihrem Grund auf; otjctl apply --fix-booking-blockers ändert sie, wenn sie nicht gewollt sind.</translation>
    </message>
    <message>
        <source>Calendar processing could not be read: %1</source>
        <translation>Die Kalenderverarbeitung konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>otj::ConnectionStep</name>
    <message>
        <source>The profile has no valid EWS URL.</source>
        <translation>Das Profil enthält keine gültige EWS-URL.</translation>
    </message>
    <message>
        <source>Type the EWS URL.</source>
        <translation>Geben Sie die EWS-URL ein.</translation>
    </message>
    <message>
        <source>Not checked: no EWS URL.</source>
        <translation>Nicht geprüft: keine EWS-URL.</translation>
    </message>
    <message>
        <source>Autodiscover did not return an EWS URL: %1</source>
        <translation>Autodiscover hat keine EWS-URL geliefert: %1</translation>
    </message>
    <message>
        <source>Type the EWS URL (always possible), or fix Autodiscover.</source>
        <translation>Geben Sie die EWS-URL ein (immer möglich), oder korrigieren Sie die Autodiscover.</translation>
    </message>
    <message>
        <source>Autodiscover did not return an EWS URL: %1 Using the typed EWS URL instead.</source>
        <translation>Autodiscover hat keine EWS-URL geliefert: %1 Stattdessen wird die eingegebene EWS-URL verwendet.</translation>
    </message>
    <message>
        <source>Autodiscover redirects to %1, a host you have not confirmed; credentials were not sent there.</source>
        <translation>Autodiscover leitet zu %1 um, einem Host, den Sie nicht bestätigt haben; dorthin wurden keine Anmeldedaten gesendet.</translation>
    </message>
    <message>
        <source>Confirm %1 if you trust it, or type the EWS URL.</source>
        <translation>Bestätigen Sie %1, wenn Sie dem Host vertrauen, oder geben Sie die EWS-URL ein.</translation>
    </message>
    <message>
        <source>Autodiscover redirects to %1, a host you have not confirmed; credentials were not sent there. Using the typed EWS URL instead.</source>
        <translation>Autodiscover leitet zu %1 um, einem Host, den Sie nicht bestätigt haben; dorthin wurden keine Anmeldedaten gesendet. Stattdessen wird die eingegebene EWS-URL verwendet.</translation>
    </message>
    <message>
        <source>Autodiscover rejected the service account&apos;s credentials (HTTP 401).</source>
        <translation>Autodiscover hat die Anmeldedaten des Dienstkontos abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>See the sign-in check; or type the EWS URL.</source>
        <translation>Siehe die Anmeldeprüfung; oder geben Sie die EWS-URL ein.</translation>
    </message>
    <message>
        <source>Autodiscover rejected the service account&apos;s credentials (HTTP 401). Using the typed EWS URL instead.</source>
        <translation>Autodiscover hat die Anmeldedaten des Dienstkontos abgelehnt (HTTP 401). Stattdessen wird die eingegebene EWS-URL verwendet.</translation>
    </message>
    <message>
        <source>Not checked: the EWS URL is not known.</source>
        <translation>Nicht geprüft: Die EWS-URL ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Autodiscover returned %1.</source>
        <translation>Autodiscover lieferte %1.</translation>
    </message>
    <message>
        <source>The EWS URL is not https://.</source>
        <translation>Die EWS-URL beginnt nicht mit https://.</translation>
    </message>
    <message>
        <source>Use the https:// EWS URL.</source>
        <translation>Verwenden Sie die https://-EWS-URL.</translation>
    </message>
    <message>
        <source>Not checked: EWS is not reachable over HTTPS.</source>
        <translation>Nicht geprüft: EWS ist über HTTPS nicht erreichbar.</translation>
    </message>
    <message>
        <source>Not checked: the TLS handshake failed.</source>
        <translation>Nicht geprüft: Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>EWS at %1 does not answer: %2</source>
        <translation>EWS unter %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Check the EWS URL, DNS and firewall.</source>
        <translation>Prüfen Sie EWS-URL, DNS und Firewall.</translation>
    </message>
    <message>
        <source>Not checked: EWS is not reachable.</source>
        <translation>Nicht geprüft: EWS ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The EWS URL redirects to %1 (wrong URL or an error page).</source>
        <translation>Die EWS-URL leitet zu %1 um (falsche URL oder eine Fehlerseite).</translation>
    </message>
    <message>
        <source>Use https://&lt;server&gt;/EWS/Exchange.asmx.</source>
        <translation>Verwenden Sie https://&lt;server&gt;/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <source>The EWS URL answers HTTP %1, not EWS.</source>
        <translation>Die EWS-URL antwortet mit HTTP %1, nicht als EWS.</translation>
    </message>
    <message>
        <source>Not checked: the EWS URL does not lead to EWS.</source>
        <translation>Nicht geprüft: Die EWS-URL führt nicht zu EWS.</translation>
    </message>
    <message>
        <source>EWS answers (HTTP %1, offers %2).</source>
        <translation>EWS antwortet (HTTP %1, bietet %2 an).</translation>
    </message>
    <message>
        <source>EWS answers (HTTP %1, offers no authentication).</source>
        <translation>EWS antwortet (HTTP %1, bietet keine Authentifizierung an).</translation>
    </message>
    <message>
        <source>The EWS URL answers</source>
        <translation>Die EWS-URL antwortet</translation>
    </message>
    <message>
        <source>Autodiscover finds the EWS URL</source>
        <translation>Autodiscover findet die EWS-URL</translation>
    </message>
    <message>
        <source>Add the issuing CA (PEM); the same CA must be uploaded to Pexip Infinity. Or give Exchange a publicly trusted certificate.</source>
        <translation>Fügen Sie die ausstellende Zertifizierungsstelle (PEM) hinzu; dieselbe muss auch in Pexip Infinity hochgeladen werden. Oder geben Sie Exchange ein öffentlich vertrauenswürdiges Zertifikat.</translation>
    </message>
    <message>
        <source>Add the CA that issued the certificate.</source>
        <translation>Fügen Sie die Zertifizierungsstelle hinzu, die das Zertifikat ausgestellt hat.</translation>
    </message>
    <message>
        <source>The EWS URL is plain HTTP: credentials are never sent over it.</source>
        <translation>Die EWS-URL ist unverschlüsseltes HTTP: Darüber werden nie Anmeldedaten gesendet.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, untrusted: %3: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut, nicht vertrauenswürdig: %3: %2</translation>
    </message>
    <message>
        <source>Not checked: EWS did not answer.</source>
        <translation>Nicht geprüft: EWS hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Trusted by this workstation&apos;s system CAs.</source>
        <translation>Von den System-Zertifizierungsstellen dieses Arbeitsplatzes als vertrauenswürdig eingestuft.</translation>
    </message>
    <message>
        <source>Trusted through the profile&apos;s Exchange CA only (prereq.p5 says whether Pexip trusts it).</source>
        <translation>Nur über die Exchange-Zertifizierungsstelle des Profils vertrauenswürdig (prereq.p5 sagt, ob Pexip ihm vertraut).</translation>
    </message>
    <message>
        <source>Not checked: the EWS certificate is not trusted (connection.tls).</source>
        <translation>Nicht geprüft: Dem EWS-Zertifikat wird nicht vertraut (connection.tls).</translation>
    </message>
    <message>
        <source>This workstation trusts the EWS certificate</source>
        <translation>Dieser Arbeitsplatz vertraut dem EWS-Zertifikat</translation>
    </message>
</context>
<context>
    <name>otj::CredentialStore</name>
    <message>
        <source>Exchange admin password</source>
        <translation>Exchange-Administratorkennwort</translation>
    </message>
    <message>
        <source>OTJ service account password</source>
        <translation>Kennwort des OTJ-Dienstkontos</translation>
    </message>
    <message>
        <source>Pexip admin password</source>
        <translation>Pexip-Administratorkennwort</translation>
    </message>
</context>
<context>
    <name>otj::EnvironmentCredentialStore</name>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Passwords from environment variables cannot be changed.</source>
        <translation>Kennwörter aus Umgebungsvariablen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Passwords from environment variables cannot be removed.</source>
        <translation>Kennwörter aus Umgebungsvariablen können nicht entfernt werden.</translation>
    </message>
    <message>
        <source>environment variables (less safe than the keychain)</source>
        <translation>Umgebungsvariablen (weniger sicher als der Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>otj::ImpersonationStep</name>
    <message>
        <source>The service account may not impersonate %1: the room is outside the impersonation scope (%2).</source>
        <translation>Das Dienstkonto darf nicht die Identität von %1 annehmen: Der Raum liegt außerhalb des Identitätswechsel-Bereichs (%2).</translation>
    </message>
    <message>
        <source>Add %1 to the OTJ rooms distribution group. Role and group changes can take up to an hour to reach EWS.</source>
        <translation>Fügen Sie %1 der Verteilergruppe der OTJ-Räume hinzu. Rollen- und Gruppenänderungen können bis zu einer Stunde brauchen, bis sie bei EWS ankommen.</translation>
    </message>
    <message>
        <source>The service account has no ApplicationImpersonation role assignment (%2).</source>
        <translation>Das Dienstkonto hat keine ApplicationImpersonation-Rollenzuweisung (%2).</translation>
    </message>
    <message>
        <source>Create the scoped ApplicationImpersonation role assignment.</source>
        <translation>Erstellen Sie die eingegrenzte ApplicationImpersonation-Rollenzuweisung.</translation>
    </message>
    <message>
        <source>%1 is not a mailbox on this Exchange organisation (a typo, not a mailbox, or a mailbox in Exchange Online).</source>
        <translation>%1 ist kein Postfach in dieser Exchange-Organisation (ein Tippfehler, kein Postfach oder ein Postfach in Exchange Online).</translation>
    </message>
    <message>
        <source>Check the room&apos;s primary SMTP address in the room selection.</source>
        <translation>Prüfen Sie die primäre SMTP-Adresse des Raums in der Raumauswahl.</translation>
    </message>
    <message>
        <source>%1 is not a valid address (%2).</source>
        <translation>%1 ist keine gültige Adresse (%2).</translation>
    </message>
    <message>
        <source>Correct the address in the room selection.</source>
        <translation>Korrigieren Sie die Adresse in der Raumauswahl.</translation>
    </message>
    <message>
        <source>Access to %1&apos;s calendar is denied (%2).</source>
        <translation>Der Zugriff auf den Kalender von %1 wird verweigert (%2).</translation>
    </message>
    <message>
        <source>Check the ApplicationImpersonation role assignment.</source>
        <translation>Prüfen Sie die ApplicationImpersonation-Rollenzuweisung.</translation>
    </message>
    <message>
        <source>A server-side or transient problem; see the evidence, then re-run the validation.</source>
        <translation>Ein serverseitiges oder vorübergehendes Problem; sehen Sie sich die Nachweise an und führen Sie die Validierung erneut aus.</translation>
    </message>
    <message>
        <source>Not checked: impersonating %1 failed.</source>
        <translation>Nicht geprüft: Der Identitätswechsel zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>More than %1 items; only the first %1 were inspected.</source>
        <translation>Mehr als %1 Elemente; nur die ersten %1 wurden geprüft.</translation>
    </message>
    <message>
        <source>No mailbox that is not an OTJ room is known to test with (give the Exchange admin account as user@domain).</source>
        <translation>Es ist kein Postfach bekannt, das kein OTJ-Raum ist und mit dem getestet werden kann (geben Sie das Exchange-Administratorkonto als benutzer@domäne an).</translation>
    </message>
    <message>
        <source>Over-broad permission: the service account can impersonate %1, which is not an OTJ room.</source>
        <translation>Zu weit gefasste Berechtigung: Das Dienstkonto kann die Identität von %1 annehmen, obwohl dies kein OTJ-Raum ist.</translation>
    </message>
    <message>
        <source>Limit the ApplicationImpersonation assignment with -CustomRecipientWriteScope set to the OTJ rooms scope.</source>
        <translation>Begrenzen Sie die ApplicationImpersonation-Zuweisung mit -CustomRecipientWriteScope auf den Bereich der OTJ-Räume.</translation>
    </message>
    <message>
        <source>Impersonating %1 (not a room) is denied.</source>
        <translation>Der Identitätswechsel zu %1 (kein Raum) wird verweigert.</translation>
    </message>
    <message>
        <source>Could not test with %1: %2</source>
        <translation>Test mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>No room can be impersonated (%1 of %2 answered %3): the service account has no ApplicationImpersonation assignment, or its scope contains none of the rooms.</source>
        <translation>Für keinen Raum kann die Identität angenommen werden (%1 von %2 antworteten %3): Das Dienstkonto hat keine ApplicationImpersonation-Zuweisung, oder ihr Bereich enthält keinen der Räume.</translation>
    </message>
    <message>
        <source>Assign ApplicationImpersonation to the service account with -CustomRecipientWriteScope set to a scope over the OTJ rooms distribution group, and make the rooms members of that group. New assignments can take up to an hour to reach EWS.</source>
        <translation>Weisen Sie dem Dienstkonto ApplicationImpersonation mit -CustomRecipientWriteScope auf einen Bereich über die Verteilergruppe der OTJ-Räume zu, und machen Sie die Räume zu Mitgliedern dieser Gruppe. Neue Zuweisungen können bis zu einer Stunde brauchen, bis sie bei EWS ankommen.</translation>
    </message>
    <message>
        <source>No room can be impersonated (%1 of %2 answered %3): the service account has no ApplicationImpersonation assignment, or its scope contains none of the rooms. %4 more failed for their own reasons.</source>
        <translation>Für keinen Raum kann die Identität angenommen werden (%1 von %2 antworteten %3): Das Dienstkonto hat keine ApplicationImpersonation-Zuweisung, oder ihr Bereich enthält keinen der Räume. %4 weitere sind aus eigenen Gründen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not judged: the service account cannot impersonate any room either.</source>
        <translation>Nicht bewertet: Das Dienstkonto kann auch für keinen Raum die Identität annehmen.</translation>
    </message>
    <message>
        <source>The service account can impersonate every OTJ room</source>
        <translation>Das Dienstkonto kann die Identität jedes OTJ-Raums annehmen</translation>
    </message>
    <message numerus="yes">
        <source>Room calendars are readable for the next %n day(s)</source>
        <translation>
            <numerusform>Die Raumkalender sind für den nächsten %n Tag lesbar</numerusform>
            <numerusform>Die Raumkalender sind für die nächsten %n Tage lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Impersonation is limited to the OTJ rooms</source>
        <translation>Der Identitätswechsel ist auf die OTJ-Räume beschränkt</translation>
    </message>
    <message>
        <source>The ApplicationImpersonation assignment is scoped to the OTJ rooms group</source>
        <translation>Die ApplicationImpersonation-Zuweisung ist auf die OTJ-Raumgruppe beschränkt</translation>
    </message>
    <message>
        <source>Apply step 2 (otjctl apply, or the wizard&apos;s step).</source>
        <translation>Wenden Sie Schritt 2 an (otjctl apply oder der Schritt im Assistenten).</translation>
    </message>
    <message>
        <source>Wait up to an hour, then validate again (otjctl apply re-checks with a back-off).</source>
        <translation>Warten Sie bis zu einer Stunde und validieren Sie dann erneut (otjctl apply prüft mit wachsenden Abständen erneut).</translation>
    </message>
    <message>
        <source>A role assignment named %1 already exists for %2 with the role %3; it cannot be turned into the One-Touch Join assignment.</source>
        <translation>Eine Rollenzuweisung namens %1 besteht bereits für %2 mit der Rolle %3; sie kann nicht zur One-Touch-Join-Zuweisung gemacht werden.</translation>
    </message>
    <message>
        <source>Choose another role assignment name in the profile, or remove that assignment.</source>
        <translation>Wählen Sie im Profil einen anderen Namen für die Rollenzuweisung, oder entfernen Sie diese Zuweisung.</translation>
    </message>
    <message>
        <source>The role assignment %1 lets %2 impersonate every mailbox in the organisation (it has no management scope).</source>
        <translation>Die Rollenzuweisung %1 erlaubt %2, die Identität jedes Postfachs der Organisation anzunehmen (sie hat keinen Verwaltungsbereich).</translation>
    </message>
    <message>
        <source>Once the scoped assignment works, remove it: Remove-ManagementRoleAssignment &apos;%1&apos;.</source>
        <translation>Sobald die eingegrenzte Zuweisung funktioniert, entfernen Sie diese: Remove-ManagementRoleAssignment &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The management scope %1 is exclusive: only assignments that use it may change the rooms it selects, so every other administrator has lost write access to them.</source>
        <translation>Der Verwaltungsbereich %1 ist exklusiv: Nur Zuweisungen, die ihn verwenden, dürfen die von ihm ausgewählten Räume ändern; alle anderen Administratoren haben den Schreibzugriff darauf verloren.</translation>
    </message>
    <message>
        <source>Use a regular scope: remove the scope&apos;s assignments and the scope, then apply step 2 again (it creates a scope without -Exclusive).</source>
        <translation>Verwenden Sie einen regulären Bereich: Entfernen Sie die Zuweisungen des Bereichs und den Bereich, und wenden Sie dann Schritt 2 erneut an (er erstellt einen Bereich ohne -Exclusive).</translation>
    </message>
    <message>
        <source>The exclusive management scope %1 (%2) may select One-Touch Join rooms: then only assignments that use it may act on them, and the service account is refused.</source>
        <translation>Der exklusive Verwaltungsbereich %1 (%2) wählt möglicherweise One-Touch-Join-Räume aus: Dann dürfen nur Zuweisungen, die ihn verwenden, auf sie zugreifen, und das Dienstkonto wird abgewiesen.</translation>
    </message>
    <message>
        <source>Check the scope&apos;s filter and keep the One-Touch Join rooms out of it.</source>
        <translation>Prüfen Sie den Filter des Bereichs und halten Sie die One-Touch-Join-Räume heraus.</translation>
    </message>
    <message>
        <source>%1 cannot be impersonated: the rooms group %2 does not exist.</source>
        <translation>Die Identität von %1 kann nicht angenommen werden: Die Raumgruppe %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be impersonated: it is not a member of the rooms group %2.</source>
        <translation>Die Identität von %1 kann nicht angenommen werden: Der Raum ist kein Mitglied der Raumgruppe %2.</translation>
    </message>
    <message>
        <source>%1 cannot be impersonated: the management scope %2 does not select the rooms group (filter: %3).</source>
        <translation>Die Identität von %1 kann nicht angenommen werden: Der Verwaltungsbereich %2 wählt die Raumgruppe nicht aus (Filter: %3).</translation>
    </message>
    <message>
        <source>%1 cannot be impersonated: there is no enabled ApplicationImpersonation assignment %2 with the scope %3.</source>
        <translation>Die Identität von %1 kann nicht angenommen werden: Es gibt keine aktivierte ApplicationImpersonation-Zuweisung %2 mit dem Bereich %3.</translation>
    </message>
    <message>
        <source>%1 is not impersonable yet: the assignment %2 was made at %3, and EWS sees role assignments only after Active Directory replication and its RBAC cache (up to an hour).</source>
        <translation>Die Identität von %1 kann noch nicht angenommen werden: Die Zuweisung %2 wurde am %3 erstellt, und EWS sieht Rollenzuweisungen erst nach der Active-Directory-Replikation und seinem RBAC-Cache (bis zu einer Stunde).</translation>
    </message>
    <message>
        <source>%1 is in the group, the scope selects it and Exchange says the assignment %2 covers it, yet EWS refuses: a recent change of the group or the scope has not reached EWS yet (Active Directory replication and the RBAC cache, up to an hour).</source>
        <translation>%1 ist in der Gruppe, der Bereich wählt den Raum aus und Exchange meldet, dass die Zuweisung %2 ihn abdeckt, dennoch lehnt EWS ab: Eine kürzliche Änderung der Gruppe oder des Bereichs ist noch nicht bei EWS angekommen (Active-Directory-Replikation und RBAC-Cache, bis zu einer Stunde).</translation>
    </message>
    <message>
        <source>Create the distribution group %1 for the rooms</source>
        <translation>Verteilergruppe %1 für die Räume erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Make the %n selected room(s) the only members of %1</source>
        <translation>
            <numerusform>Den %n ausgewählten Raum zum einzigen Mitglied von %1 machen</numerusform>
            <numerusform>Die %n ausgewählten Räume zu den einzigen Mitgliedern von %1 machen</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit the management scope %1 to the members of %2</source>
        <translation>Verwaltungsbereich %1 auf die Mitglieder von %2 beschränken</translation>
    </message>
    <message>
        <source>Create the management scope %1 over the members of %2</source>
        <translation>Verwaltungsbereich %1 über die Mitglieder von %2 erstellen</translation>
    </message>
    <message>
        <source>Let %1 impersonate the members of %2 (%3)</source>
        <translation>%1 erlauben, die Identität der Mitglieder von %2 anzunehmen (%3)</translation>
    </message>
    <message>
        <source>The OTJ rooms group holds exactly the selected rooms and is hidden</source>
        <translation>Die OTJ-Raumgruppe enthält genau die ausgewählten Räume und ist ausgeblendet</translation>
    </message>
    <message>
        <source>The service account has no unscoped ApplicationImpersonation</source>
        <translation>Das Dienstkonto hat kein ApplicationImpersonation ohne Bereich</translation>
    </message>
</context>
<context>
    <name>otj::KeychainCredentialStore</name>
    <message>
        <source>No %1 is stored in the keychain for this profile.</source>
        <translation>Für dieses Profil ist kein %1 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The keychain refused: %1.</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>otj::MemoryCredentialStore</name>
    <message>
        <source>No %1 entered for this session.</source>
        <translation>Für diese Sitzung wurde kein %1 eingegeben.</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>nur diese Sitzung (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>otj::PexipAgreement</name>
    <message>
        <source>Not checked: Pexip has no integration to compare yet.</source>
        <translation>Nicht geprüft: Pexip hat noch keine Integration zum Vergleichen.</translation>
    </message>
    <message>
        <source>Not checked: the integration uses KERBEROS, which EWS&apos;s challenge and the service account&apos;s password sign-in cannot prove.</source>
        <translation>Nicht geprüft: Die Integration verwendet KERBEROS, was weder die EWS-Anforderung noch die Kennwortanmeldung des Dienstkontos belegen kann.</translation>
    </message>
    <message>
        <source>Pexip will sign in with %1, but the EWS directory at %2 offers only: %3.</source>
        <translation>Pexip wird sich mit %1 anmelden, aber das EWS-Verzeichnis unter %2 bietet nur: %3.</translation>
    </message>
    <message>
        <source>Enable %1 on the EWS virtual directory (step 3), or change the integration&apos;s method (step 5).</source>
        <translation>Aktivieren Sie %1 im virtuellen EWS-Verzeichnis (Schritt 3), oder ändern Sie die Methode der Integration (Schritt 5).</translation>
    </message>
    <message>
        <source>Pexip will sign in with %1, and the service account cannot sign in with it (step3.authentication): an authentication policy or the password blocks it.</source>
        <translation>Pexip wird sich mit %1 anmelden, und das Dienstkonto kann sich damit nicht anmelden (step3.authentication): Eine Authentifizierungsrichtlinie oder das Kennwort verhindert es.</translation>
    </message>
    <message>
        <source>Fix the sign-in (step 3) first.</source>
        <translation>Beheben Sie zuerst die Anmeldung (Schritt 3).</translation>
    </message>
    <message>
        <source>Pexip will sign in with %1, the profile with %2: whether a policy blocks %1 for the account was not proven.</source>
        <translation>Pexip wird sich mit %1 anmelden, das Profil mit %2: Ob eine Richtlinie %1 für das Konto blockiert, wurde nicht nachgewiesen.</translation>
    </message>
    <message>
        <source>Use the same method on both sides.</source>
        <translation>Verwenden Sie auf beiden Seiten dieselbe Methode.</translation>
    </message>
    <message>
        <source>Pexip signs in as %1, but the profile&apos;s service account is %2.</source>
        <translation>Pexip meldet sich als %1 an, aber das Dienstkonto des Profils ist %2.</translation>
    </message>
    <message>
        <source>Apply step 5 to give Pexip the profile&apos;s account.</source>
        <translation>Wenden Sie Schritt 5 an, um Pexip das Konto des Profils zu geben.</translation>
    </message>
    <message>
        <source>Pexip has the account as &quot;%1&quot;, without a domain: Basic and NTLM sign-ins may fail.</source>
        <translation>Pexip hat das Konto als „%1“ ohne Domäne: Basic- und NTLM-Anmeldungen können fehlschlagen.</translation>
    </message>
    <message>
        <source>Use the UPN (user@domain) or DOMAIN\user.</source>
        <translation>Verwenden Sie den UPN (benutzer@domäne) oder DOMÄNE\benutzer.</translation>
    </message>
    <message>
        <source>The EWS URL Pexip has (%1) does not answer as EWS: %2</source>
        <translation>Die EWS-URL, die Pexip hat (%1), antwortet nicht als EWS: %2</translation>
    </message>
    <message>
        <source>Apply step 5 with a working EWS URL.</source>
        <translation>Wenden Sie Schritt 5 mit einer funktionierenden EWS-URL an.</translation>
    </message>
    <message>
        <source>Pexip uses %1, Autodiscover gives %2 for the rooms (a load-balanced alias is fine).</source>
        <translation>Pexip verwendet %1, Autodiscover liefert %2 für die Räume (ein lastverteilter Alias ist in Ordnung).</translation>
    </message>
    <message>
        <source>Pexip signs in as %1 with %2, which the EWS directory offers, at a URL that answers.</source>
        <translation>Pexip meldet sich als %1 mit %2 an, das das EWS-Verzeichnis anbietet, unter einer URL, die antwortet.</translation>
    </message>
</context>
<context>
    <name>otj::PexipPlanner</name>
    <message>
        <source>%1 uses KERBEROS; the profile&apos;s method is %2. Kerberos is left as it is (never downgraded).</source>
        <translation>%1 verwendet KERBEROS; die Methode des Profils ist %2. Kerberos bleibt, wie es ist (wird nie herabgestuft).</translation>
    </message>
    <message>
        <source>Change the method only if you mean to: ask for it explicitly (--replace-kerberos).</source>
        <translation>Ändern Sie die Methode nur, wenn Sie es wirklich wollen: ausdrücklich anfordern (--replace-kerberos).</translation>
    </message>
    <message>
        <source>%1 is also the account of Pexip&apos;s VMR scheduling connector &quot;%2&quot; (%3).</source>
        <translation>%1 ist auch das Konto des Pexip-VMR-Scheduling-Connectors „%2“ (%3).</translation>
    </message>
    <message>
        <source>Pexip says One-Touch Join should use its own service account: choose another.</source>
        <translation>Laut Pexip soll One-Touch Join ein eigenes Dienstkonto verwenden: Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The FindItem quota %1 is outside Pexip&apos;s range (10,000 to 10,000,000 a day).</source>
        <translation>Das FindItem-Kontingent %1 liegt außerhalb des Pexip-Bereichs (10.000 bis 10.000.000 pro Tag).</translation>
    </message>
    <message>
        <source>Set a quota in that range in the profile.</source>
        <translation>Legen Sie im Profil ein Kontingent in diesem Bereich fest.</translation>
    </message>
    <message>
        <source>Pexip would not trust the EWS certificate and its root CA is not known here (the chain ends at %1).</source>
        <translation>Pexip würde dem EWS-Zertifikat nicht vertrauen, und seine Stammzertifizierungsstelle ist hier nicht bekannt (die Kette endet bei %1).</translation>
    </message>
    <message>
        <source>Add the root CA (PEM) to the profile&apos;s Exchange trust entry; it is then uploaded.</source>
        <translation>Fügen Sie die Stammzertifizierungsstelle (PEM) dem Exchange-Vertrauenseintrag des Profils hinzu; sie wird dann hochgeladen.</translation>
    </message>
    <message>
        <source>The EWS certificate chain was not read, so whether Pexip trusts it was not checked.</source>
        <translation>Die EWS-Zertifikatkette wurde nicht gelesen; ob Pexip ihr vertraut, wurde daher nicht geprüft.</translation>
    </message>
    <message>
        <source>The service account&apos;s password is not known: the integration cannot be given it.</source>
        <translation>Das Kennwort des Dienstkontos ist nicht bekannt: Die Integration kann es nicht erhalten.</translation>
    </message>
    <message>
        <source>Store it in the keychain (or OTJ_SERVICE_ACCOUNT_PASSWORD) and plan again.</source>
        <translation>Speichern Sie es im Schlüsselbund (oder OTJ_SERVICE_ACCOUNT_PASSWORD) und planen Sie erneut.</translation>
    </message>
    <message>
        <source>The Autodiscover directory at %1 does not offer %2 (it offers: %3); Pexip could not sign in there.</source>
        <translation>Das Autodiscover-Verzeichnis unter %1 bietet %2 nicht an (es bietet: %3); Pexip könnte sich dort nicht anmelden.</translation>
    </message>
    <message>
        <source>Enable the method on the Autodiscover virtual directory, or leave the Autodiscover URL out (Pexip then uses the EWS URL).</source>
        <translation>Aktivieren Sie die Methode im virtuellen Autodiscover-Verzeichnis, oder lassen Sie die Autodiscover-URL weg (Pexip verwendet dann die EWS-URL).</translation>
    </message>
    <message>
        <source>The Autodiscover URL %1 is not an https:// URL.</source>
        <translation>Die Autodiscover-URL %1 ist keine https://-URL.</translation>
    </message>
    <message>
        <source>Use the https:// Autodiscover URL.</source>
        <translation>Verwenden Sie die https://-Autodiscover-URL.</translation>
    </message>
    <message>
        <source>Whether the Autodiscover directory at %1 allows %2 was not checked.</source>
        <translation>Ob das Autodiscover-Verzeichnis unter %1 %2 zulässt, wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Pexip could not be read: %1</source>
        <translation>Pexip konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Trust %1 on Pexip</source>
        <translation>%1 in Pexip vertrauen</translation>
    </message>
    <message>
        <source>Update the One-Touch Join Exchange integration &quot;%1&quot; on Pexip</source>
        <translation>Die One-Touch-Join-Exchange-Integration „%1“ in Pexip aktualisieren</translation>
    </message>
    <message>
        <source>Create the One-Touch Join Exchange integration &quot;%1&quot; on Pexip</source>
        <translation>Die One-Touch-Join-Exchange-Integration „%1“ in Pexip anlegen</translation>
    </message>
    <message>
        <source>Give the integration the Autodiscover URL %1</source>
        <translation>Der Integration die Autodiscover-URL %1 geben</translation>
    </message>
</context>
<context>
    <name>otj::PexipStep</name>
    <message>
        <source>Run otjctl plan to see the changes and otjctl apply to make them.</source>
        <translation>Führen Sie otjctl plan aus, um die Änderungen zu sehen, und otjctl apply, um sie vorzunehmen.</translation>
    </message>
    <message>
        <source>Not checked: the profile names no Pexip Management Node.</source>
        <translation>Nicht geprüft: Das Profil nennt keinen Pexip Management Node.</translation>
    </message>
    <message>
        <source>Not checked: the Pexip admin password is not available (%1).</source>
        <translation>Nicht geprüft: Das Pexip-Administratorkennwort ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>Store it in the keychain, or set %1 for an unattended run.</source>
        <translation>Speichern Sie es im Schlüsselbund, oder setzen Sie %1 für einen unbeaufsichtigten Lauf.</translation>
    </message>
    <message>
        <source>Pexip could not be read: %1</source>
        <translation>Pexip konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Pexip has no One-Touch Join Exchange integration named &quot;%1&quot;.</source>
        <translation>Pexip hat keine One-Touch-Join-Exchange-Integration namens „%1“.</translation>
    </message>
    <message>
        <source>The integration &quot;%1&quot; differs from the profile: %2.</source>
        <translation>Die Integration „%1“ weicht vom Profil ab: %2.</translation>
    </message>
    <message>
        <source>The integration &quot;%1&quot; matches the profile (its password cannot be read back).</source>
        <translation>Die Integration „%1“ entspricht dem Profil (ihr Kennwort lässt sich nicht zurücklesen).</translation>
    </message>
    <message>
        <source>The Pexip One-Touch Join integration matches the profile</source>
        <translation>Die Pexip-One-Touch-Join-Integration entspricht dem Profil</translation>
    </message>
    <message>
        <source>Exchange and Pexip agree (method, account, EWS URL)</source>
        <translation>Exchange und Pexip stimmen überein (Methode, Konto, EWS-URL)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>the profile names no Management Node</source>
        <translation>das Profil nennt keinen Management Node</translation>
    </message>
</context>
<context>
    <name>otj::PrerequisitesStep</name>
    <message>
        <source>Every OTJ room has a room resource mailbox</source>
        <translation>Jeder OTJ-Raum hat ein Raumressourcenpostfach</translation>
    </message>
    <message>
        <source>Automatic calendar processing is on for every room</source>
        <translation>Die automatische Kalenderverarbeitung ist für jeden Raum aktiv</translation>
    </message>
    <message>
        <source>Safe Links does not rewrite join links</source>
        <translation>Safe Links schreibt Teilnahmelinks nicht um</translation>
    </message>
    <message>
        <source>Exchange Management PowerShell is reachable</source>
        <translation>Exchange Management PowerShell ist erreichbar</translation>
    </message>
    <message>
        <source>Links in invitations from outside the organisation were rewritten by %1 in: %2. One-Touch Join then sees the wrapper, not the join link.</source>
        <translation>Links in Einladungen von außerhalb der Organisation wurden von %1 umgeschrieben in: %2. One-Touch Join sieht dann die Umhüllung, nicht den Teilnahmelink.</translation>
    </message>
    <message>
        <source>Exclude these rooms from URL rewriting (Safe Links policy in Microsoft Defender, or the gateway&apos;s rewriting rules), then ask organizers to re-send.</source>
        <translation>Nehmen Sie diese Räume von der URL-Umschreibung aus (Safe-Links-Richtlinie in Microsoft Defender oder die Umschreiberegeln des Gateways) und bitten Sie dann die Organisatoren, erneut zu senden.</translation>
    </message>
    <message>
        <source>%1 external meetings with links, none rewritten.</source>
        <translation>%1 externe Besprechungen mit Links, keine umgeschrieben.</translation>
    </message>
    <message>
        <source>Nothing to judge: none of the %1 meetings read came from outside the organisation with a link.</source>
        <translation>Nichts zu beurteilen: Keine der %1 gelesenen Besprechungen kam mit einem Link von außerhalb der Organisation.</translation>
    </message>
    <message>
        <source>Check by hand: Safe Links (Microsoft Defender for Office 365) if mail passes through Exchange Online Protection; URL rewriting at a third-party gateway (Proofpoint, Mimecast…). Or send the room a test invitation from outside and validate again.</source>
        <translation>Von Hand prüfen: Safe Links (Microsoft Defender für Office 365), wenn E-Mails über Exchange Online Protection laufen; URL-Umschreibung an einem Gateway eines Drittanbieters (Proofpoint, Mimecast …). Oder senden Sie dem Raum eine Testeinladung von außen und validieren Sie erneut.</translation>
    </message>
    <message>
        <source>The chain ends at %1, a public root (Mozilla bundle %2): Pexip trusts it.</source>
        <translation>Die Kette endet bei %1, einer öffentlichen Stammzertifizierungsstelle (Mozilla-Paket %2): Pexip vertraut ihr.</translation>
    </message>
    <message>
        <source>The chain ends at %1, which is uploaded to Pexip.</source>
        <translation>Die Kette endet bei %1, das in Pexip hochgeladen ist.</translation>
    </message>
    <message>
        <source>Pexip will not trust the EWS certificate: its chain ends at %1, which is neither a public root (Mozilla bundle %2) nor uploaded to Pexip.</source>
        <translation>Pexip wird dem EWS-Zertifikat nicht vertrauen: Seine Kette endet bei %1, das weder eine öffentliche Stammzertifizierungsstelle (Mozilla-Paket %2) noch in Pexip hochgeladen ist.</translation>
    </message>
    <message>
        <source>Upload the CA to Pexip (step 5 does it: otjctl apply), or give Exchange a publicly trusted certificate.</source>
        <translation>Laden Sie die Zertifizierungsstelle in Pexip hoch (Schritt 5 erledigt das: otjctl apply), oder geben Sie Exchange ein öffentlich vertrauenswürdiges Zertifikat.</translation>
    </message>
    <message>
        <source>The chain ends at %1, not a public root; whether it is uploaded to Pexip is not known: %2</source>
        <translation>Die Kette endet bei %1, keiner öffentlichen Stammzertifizierungsstelle; ob sie in Pexip hochgeladen ist, ist nicht bekannt: %2</translation>
    </message>
    <message>
        <source>Give the Pexip admin password (keychain or OTJ_PEXIP_PASSWORD) and the Management Node, then validate again.</source>
        <translation>Geben Sie das Pexip-Administratorkennwort (Schlüsselbund oder OTJ_PEXIP_PASSWORD) und den Management Node an, und validieren Sie erneut.</translation>
    </message>
    <message>
        <source>Pexip trusts the chain, but %1 expires on %2.</source>
        <translation>Pexip vertraut der Kette, aber %1 läuft am %2 ab.</translation>
    </message>
    <message>
        <source>Renew it before then (and upload the new CA to Pexip if it is private).</source>
        <translation>Erneuern Sie es vorher (und laden Sie die neue Zertifizierungsstelle in Pexip hoch, wenn sie privat ist).</translation>
    </message>
    <message>
        <source>Not checked: the EWS certificate chain was not read (see connection.tls).</source>
        <translation>Nicht geprüft: Die EWS-Zertifikatkette wurde nicht gelesen (siehe connection.tls).</translation>
    </message>
    <message>
        <source>This machine&apos;s PowerShell could not open Exchange Management PowerShell: %1</source>
        <translation>Die PowerShell dieses Rechners konnte die Exchange-Verwaltungsshell nicht öffnen: %1</translation>
    </message>
    <message>
        <source>%2 Or export the setup script (otjctl script --profile FILE) and run it on a machine where Exchange Management PowerShell works.</source>
        <translation>%2 Oder exportieren Sie das Einrichtungsskript (otjctl script --profile DATEI) und führen Sie es auf einem Rechner aus, auf dem die Exchange-Verwaltungsshell funktioniert.</translation>
    </message>
    <message>
        <source>The admin&apos;s Exchange session lacks cmdlets the steps need: %1.</source>
        <translation>Der Exchange-Sitzung des Administrators fehlen Cmdlets, die die Schritte brauchen: %1.</translation>
    </message>
    <message>
        <source>Ask an Exchange administrator to assign these management roles (Organization Management has them all), or sign in with an account that has them.</source>
        <translation>Bitten Sie einen Exchange-Administrator, diese Verwaltungsrollen zuzuweisen (Organization Management hat sie alle), oder melden Sie sich mit einem Konto an, das sie hat.</translation>
    </message>
    <message>
        <source>Exchange Management PowerShell answered; the session has every cmdlet the steps used (%1 in the session).</source>
        <translation>Die Exchange-Verwaltungsshell hat geantwortet; die Sitzung hat jedes Cmdlet, das die Schritte verwendet haben (%1 in der Sitzung).</translation>
    </message>
    <message>
        <source>Pexip will trust the EWS certificate</source>
        <translation>Pexip wird dem EWS-Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Remove it from the OTJ rooms, or select the room mailbox it stands for (OTJ joins meetings from room mailboxes only).</source>
        <translation>Entfernen Sie es aus den OTJ-Räumen, oder wählen Sie das Raumpostfach, für das es steht (OTJ tritt Besprechungen nur aus Raumpostfächern bei).</translation>
    </message>
    <message>
        <source>%1 is a room mailbox.</source>
        <translation>%1 ist ein Raumpostfach.</translation>
    </message>
    <message>
        <source>%1 is a proxy address of the room mailbox %2: OTJ identifies rooms by their primary SMTP address.</source>
        <translation>%1 ist eine Proxyadresse des Raumpostfachs %2: OTJ erkennt Räume an ihrer primären SMTP-Adresse.</translation>
    </message>
    <message>
        <source>Select %2 instead of %1.</source>
        <translation>Wählen Sie %2 statt %1.</translation>
    </message>
    <message>
        <source>The room mailbox %1 has no primary SMTP address.</source>
        <translation>Das Raumpostfach %1 hat keine primäre SMTP-Adresse.</translation>
    </message>
    <message>
        <source>Give the room mailbox a primary SMTP address (its email address policy or Set-Mailbox -PrimarySmtpAddress).</source>
        <translation>Geben Sie dem Raumpostfach eine primäre SMTP-Adresse (über seine E-Mail-Adressrichtlinie oder Set-Mailbox -PrimarySmtpAddress).</translation>
    </message>
    <message>
        <source>%1 is a room mailbox in Exchange Online (RemoteRoomMailbox): on-premises EWS cannot open it.</source>
        <translation>%1 ist ein Raumpostfach in Exchange Online (RemoteRoomMailbox): das lokale EWS kann es nicht öffnen.</translation>
    </message>
    <message>
        <source>Remove it from these rooms and join it through Pexip&apos;s Microsoft Graph (Exchange Online) integration.</source>
        <translation>Entfernen Sie es aus diesen Räumen und binden Sie es über die Microsoft-Graph-Integration (Exchange Online) von Pexip an.</translation>
    </message>
    <message>
        <source>%1 is an equipment mailbox (%2), not a room mailbox.</source>
        <translation>%1 ist ein Gerätepostfach (%2), kein Raumpostfach.</translation>
    </message>
    <message>
        <source>%1 is a user or shared mailbox (%2), not a room mailbox.</source>
        <translation>%1 ist ein Benutzer- oder freigegebenes Postfach (%2), kein Raumpostfach.</translation>
    </message>
    <message>
        <source>Remove it from the OTJ rooms, or convert it to a room mailbox (Set-Mailbox -Type Room) if it stands for a room.</source>
        <translation>Entfernen Sie es aus den OTJ-Räumen, oder wandeln Sie es in ein Raumpostfach um (Set-Mailbox -Type Room), wenn es für einen Raum steht.</translation>
    </message>
    <message>
        <source>%1 is a group or room list (%2), not a room mailbox.</source>
        <translation>%1 ist eine Gruppe oder Raumliste (%2), kein Raumpostfach.</translation>
    </message>
    <message>
        <source>Select the room mailboxes it holds instead (a room list selects its rooms).</source>
        <translation>Wählen Sie stattdessen die Raumpostfächer, die sie enthält (eine Raumliste wählt ihre Räume).</translation>
    </message>
    <message>
        <source>%1 is a mail contact or mail user (%2): its mailbox is outside this Exchange organisation.</source>
        <translation>%1 ist ein E-Mail-Kontakt oder E-Mail-Benutzer (%2): sein Postfach liegt außerhalb dieser Exchange-Organisation.</translation>
    </message>
    <message>
        <source>Exchange does not know %1.</source>
        <translation>Exchange kennt %1 nicht.</translation>
    </message>
    <message>
        <source>Check the address for typing errors, or remove it.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Not checked: the rooms could not be read (%1).</source>
        <translation>Nicht geprüft: die Räume konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>%1 accepts meetings automatically (AutoAccept).</source>
        <translation>%1 nimmt Besprechungen automatisch an (AutoAccept).</translation>
    </message>
    <message>
        <source>%1 does not accept meetings automatically (AutomateProcessing %2): OTJ sees no meeting that the room did not accept.</source>
        <translation>%1 nimmt Besprechungen nicht automatisch an (AutomateProcessing %2): OTJ sieht keine Besprechung, die der Raum nicht angenommen hat.</translation>
    </message>
    <message>
        <source>Apply the calendar-processing step: it sets AutomateProcessing AutoAccept (Set-CalendarProcessing -Identity %1 -AutomateProcessing AutoAccept).</source>
        <translation>Wenden Sie den Schritt Kalenderverarbeitung an: er setzt AutomateProcessing AutoAccept (Set-CalendarProcessing -Identity %1 -AutomateProcessing AutoAccept).</translation>
    </message>
    <message>
        <source>Not checked: the calendar processing of %1 was not read%2.</source>
        <translation>Nicht geprüft: die Kalenderverarbeitung von %1 wurde nicht gelesen%2.</translation>
    </message>
    <message>
        <source>Not checked: %1 is not an on-premises room mailbox (P1).</source>
        <translation>Nicht geprüft: %1 ist kein lokales Raumpostfach (P1).</translation>
    </message>
</context>
<context>
    <name>otj::ProfileModel</name>
    <message>
        <source>Choose where to save the profile.</source>
        <translation>Wählen Sie, wo das Profil gespeichert werden soll.</translation>
    </message>
</context>
<context>
    <name>otj::ProfileStore</name>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>A profile is a JSON object ({ … }).</source>
        <translation>Ein Profil ist ein JSON-Objekt ({ … }).</translation>
    </message>
    <message>
        <source>Missing: every profile states its schemaVersion.</source>
        <translation>Fehlt: Jedes Profil gibt seine schemaVersion an.</translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation>Ganze Zahl erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of OTJ Exchange Setup (schema %1; this version reads up to %2). Open it with the newer version; it is not changed.</source>
        <translation>Dieses Profil wurde von einer neueren Version von OTJ Exchange Setup geschrieben (Schema %1; diese Version liest bis %2). Öffnen Sie es mit der neueren Version; es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Unsupported schemaVersion %1.</source>
        <translation>Nicht unterstützte schemaVersion %1.</translation>
    </message>
    <message>
        <source>Missing: the profile id links the profile to its stored credentials.</source>
        <translation>Fehlt: Die Profil-ID verbindet das Profil mit seinen gespeicherten Anmeldedaten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>„%1“ ist keine UUID.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Not set yet: %1.</source>
        <translation>Noch nicht gesetzt: %1.</translation>
    </message>
    <message>
        <source>At most %1 characters (it has %2).</source>
        <translation>Höchstens %1 Zeichen (es sind %2).</translation>
    </message>
    <message>
        <source>the EWS URL</source>
        <translation>die EWS-URL</translation>
    </message>
    <message>
        <source>the address Autodiscover starts from</source>
        <translation>die Adresse, von der Autodiscover ausgeht</translation>
    </message>
    <message>
        <source>the Autodiscover URL</source>
        <translation>die Autodiscover-URL</translation>
    </message>
    <message>
        <source>the remote PowerShell URI, e.g. http://mail.example.com/PowerShell/</source>
        <translation>der Remote-PowerShell-URI, z. B. http://mail.example.com/PowerShell/</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <source>Basic authentication over http:// would send the admin password in clear text; use Kerberos, or an https:// URI.</source>
        <translation>Basic-Authentifizierung über http:// würde das Administratorkennwort im Klartext senden; verwenden Sie Kerberos oder einen https://-URI.</translation>
    </message>
    <message>
        <source>the Exchange admin account</source>
        <translation>das Exchange-Administratorkonto</translation>
    </message>
    <message>
        <source>the OTJ service account</source>
        <translation>das OTJ-Dienstkonto</translation>
    </message>
    <message>
        <source>the service account&apos;s display name</source>
        <translation>der Anzeigename des Dienstkontos</translation>
    </message>
    <message>
        <source>The OTJ service account must be its own account, not the Exchange admin.</source>
        <translation>Das OTJ-Dienstkonto muss ein eigenes Konto sein, nicht der Exchange-Administrator.</translation>
    </message>
    <message>
        <source>Give the OU as a distinguished name (OU=Service Accounts,DC=example,DC=com) or canonical name (example.com/Service Accounts).</source>
        <translation>Geben Sie die OU als Distinguished Name (OU=Service Accounts,DC=example,DC=com) oder kanonischen Namen (example.com/Service Accounts) an.</translation>
    </message>
    <message>
        <source>the distribution group that holds the OTJ rooms</source>
        <translation>die Verteilergruppe mit den OTJ-Räumen</translation>
    </message>
    <message>
        <source>No OTJ rooms selected yet.</source>
        <translation>Noch keine OTJ-Räume ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>the management scope name</source>
        <translation>der Name des Verwaltungsbereichs</translation>
    </message>
    <message>
        <source>the role assignment name</source>
        <translation>der Name der Rollenzuweisung</translation>
    </message>
    <message>
        <source>One-Touch Join needs rooms to accept invites automatically: AutoAccept (found &quot;%1&quot;).</source>
        <translation>One-Touch Join braucht Räume, die Einladungen automatisch annehmen: AutoAccept („%1“ gefunden).</translation>
    </message>
    <message>
        <source>the Pexip Management Node address</source>
        <translation>die Adresse des Pexip-Management-Knotens</translation>
    </message>
    <message>
        <source>the Pexip admin user</source>
        <translation>der Pexip-Administratorbenutzer</translation>
    </message>
    <message>
        <source>the integration&apos;s name</source>
        <translation>der Name der Integration</translation>
    </message>
    <message>
        <source>At most 250 characters (it has %1).</source>
        <translation>Höchstens 250 Zeichen (es sind %1).</translation>
    </message>
    <message>
        <source>Pexip accepts 10000 to 10000000 FindItem requests per 24 hours (found %1).</source>
        <translation>Pexip akzeptiert 10000 bis 10000000 FindItem-Anfragen pro 24 Stunden (%1 gefunden).</translation>
    </message>
    <message>
        <source>Missing: the SHA-256 fingerprint of the CA (it is %1).</source>
        <translation>Fehlt: der SHA-256-Fingerabdruck der CA (er lautet %1).</translation>
    </message>
    <message>
        <source>Not a SHA-256 fingerprint (64 hex digits).</source>
        <translation>Kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The CA certificate does not match its recorded fingerprint (recorded %1, actual %2): choose the CA again.</source>
        <translation>Das CA-Zertifikat passt nicht zum gespeicherten Fingerabdruck (gespeichert %1, tatsächlich %2): Wählen Sie die CA erneut.</translation>
    </message>
    <message>
        <source>A fingerprint is recorded but the CA certificate is missing.</source>
        <translation>Ein Fingerabdruck ist gespeichert, aber das CA-Zertifikat fehlt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Unknown setting; it is ignored (misspelt, or written by a newer version?).</source>
        <translation>Unbekannte Einstellung; sie wird ignoriert (falsch geschrieben oder von einer neueren Version geschrieben?).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false oder null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a list of text values</source>
        <translation>eine Liste von Textwerten</translation>
    </message>
    <message>
        <source>Expected text, found %1.</source>
        <translation>Text erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>%1 erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, named pipe or device); a profile is a .json file.</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, eine benannte Pipe oder ein Gerät); ein Profil ist eine .json-Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB: too large to be a profile.</source>
        <translation>%1 ist größer als 4 MiB: zu groß für ein Profil.</translation>
    </message>
    <message>
        <source>The CA file holds %1 certificates; the old profile format checked only the first. All are now listed with their fingerprints: check each one and save the profile.</source>
        <translation>Die CA-Datei enthält %1 Zertifikate; das alte Profilformat prüfte nur das erste. Alle sind jetzt mit ihren Fingerabdrücken aufgeführt: Prüfen Sie jedes und speichern Sie das Profil.</translation>
    </message>
    <message>
        <source>Expected a list of certificates, found %1.</source>
        <translation>Erwartet wurde eine Liste von Zertifikaten, gefunden: %1.</translation>
    </message>
    <message>
        <source>Expected an object, found %1.</source>
        <translation>Erwartet wurde ein Objekt, gefunden: %1.</translation>
    </message>
    <message>
        <source>Certificates are recorded but the CA certificate PEM is missing.</source>
        <translation>Zertifikate sind eingetragen, aber das PEM des CA-Zertifikats fehlt.</translation>
    </message>
    <message>
        <source>Certificate %1 in the PEM (%2, SHA-256 %3) is not recorded: the file was changed. Choose the CA again.</source>
        <translation>Zertifikat %1 im PEM (%2, SHA-256 %3) ist nicht eingetragen: Die Datei wurde geändert. Wählen Sie die CA erneut.</translation>
    </message>
    <message>
        <source>Recorded, but the PEM no longer holds this certificate: choose the CA again.</source>
        <translation>Eingetragen, aber das PEM enthält dieses Zertifikat nicht mehr: Wählen Sie die CA erneut.</translation>
    </message>
    <message>
        <source>Ignored: the PowerShell program is a setting of this computer, never of a profile. Saving the profile removes this value.</source>
        <translation>Ignoriert: Das PowerShell-Programm ist eine Einstellung dieses Computers, nie eines Profils. Beim Speichern des Profils wird dieser Wert entfernt.</translation>
    </message>
</context>
<context>
    <name>otj::Reasons</name>
    <message>
        <source>Needs the Exchange PowerShell checks, which are not available in this version; nothing was checked.</source>
        <translation>Erfordert die Exchange-PowerShell-Prüfungen, die in dieser Version nicht verfügbar sind; es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Skipped in --service-account-only mode: needs the Exchange admin&apos;s PowerShell session.</source>
        <translation>Im Modus --service-account-only übersprungen: erfordert die PowerShell-Sitzung des Exchange-Administrators.</translation>
    </message>
    <message>
        <source>See the evidence, then re-run the validation.</source>
        <translation>Sehen Sie sich die Nachweise an und führen Sie die Validierung erneut aus.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>Exchange could not be inspected for this step; nothing was checked.</source>
        <translation>Exchange konnte für diesen Schritt nicht untersucht werden; nichts wurde geprüft.</translation>
    </message>
    <message>
        <source>See the inspection&apos;s errors (otjctl plan), then inspect again.</source>
        <translation>Sehen Sie sich die Fehler der Untersuchung an (otjctl plan) und untersuchen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Not set up yet: %1.</source>
        <translation>Noch nicht eingerichtet: %1.</translation>
    </message>
    <message>
        <source>Apply the step&apos;s changes (otjctl apply, or the wizard&apos;s step).</source>
        <translation>Wenden Sie die Änderungen des Schritts an (otjctl apply oder der Schritt im Assistenten).</translation>
    </message>
</context>
<context>
    <name>otj::ServiceAccountStep</name>
    <message>
        <source>The service account exists and is enabled</source>
        <translation>Das Dienstkonto existiert und ist aktiviert</translation>
    </message>
    <message>
        <source>Set &quot;Password never expires&quot; on the account in Active Directory (Set-ADUser -PasswordNeverExpires $true), or plan to change the password in Pexip whenever it is changed in Active Directory.</source>
        <translation>Setzen Sie „Kennwort läuft nie ab“ für das Konto in Active Directory (Set-ADUser -PasswordNeverExpires $true), oder planen Sie, das Kennwort in Pexip jedes Mal zu ändern, wenn es in Active Directory geändert wird.</translation>
    </message>
    <message>
        <source>Use a dedicated service account for One-Touch Join (choose &quot;Create&quot; in step 1).</source>
        <translation>Verwenden Sie ein eigenes Dienstkonto für One-Touch Join (wählen Sie „Erstellen“ in Schritt 1).</translation>
    </message>
    <message>
        <source>The profile names no service account.</source>
        <translation>Das Profil nennt kein Dienstkonto.</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s user principal name in step 1.</source>
        <translation>Geben Sie den Benutzerprinzipalnamen (UPN) des Dienstkontos in Schritt 1 ein.</translation>
    </message>
    <message>
        <source>%1 does not exist in Active Directory, and the profile says to use an existing account (nothing is created).</source>
        <translation>%1 existiert nicht in Active Directory, und laut Profil soll ein vorhandenes Konto verwendet werden (nichts wird erstellt).</translation>
    </message>
    <message>
        <source>Correct the user principal name, or choose &quot;Create&quot; in step 1.</source>
        <translation>Korrigieren Sie den Benutzerprinzipalnamen, oder wählen Sie „Erstellen“ in Schritt 1.</translation>
    </message>
    <message>
        <source>%1 is disabled in Active Directory (UserAccountControl: %2).</source>
        <translation>%1 ist in Active Directory deaktiviert (UserAccountControl: %2).</translation>
    </message>
    <message>
        <source>Enable the account (Active Directory Users and Computers, or Enable-ADAccount).</source>
        <translation>Aktivieren Sie das Konto (Active Directory-Benutzer und -Computer oder Enable-ADAccount).</translation>
    </message>
    <message>
        <source>EWS is switched off for %1 (EwsEnabled $false in %2).</source>
        <translation>EWS ist für %1 ausgeschaltet (EwsEnabled $false in %2).</translation>
    </message>
    <message>
        <source>Switch EWS on for the account: Set-CASMailbox &lt;account&gt; -EwsEnabled $true, or for the organisation: Set-OrganizationConfig -EwsEnabled $true.</source>
        <translation>Schalten Sie EWS für das Konto ein: Set-CASMailbox &lt;Konto&gt; -EwsEnabled $true, oder für die Organisation: Set-OrganizationConfig -EwsEnabled $true.</translation>
    </message>
    <message>
        <source>EWS only serves the client programs in an allow list (EnforceAllowList in %2: %3), and One-Touch Join&apos;s User-Agent is not documented: %1 may be refused.</source>
        <translation>EWS bedient nur die Client-Programme einer Zulassungsliste (EnforceAllowList in %2: %3), und der User-Agent von One-Touch Join ist nicht dokumentiert: %1 wird möglicherweise abgewiesen.</translation>
    </message>
    <message>
        <source>Exempt the account (Set-CASMailbox &lt;account&gt; -EwsApplicationAccessPolicy $null -EwsEnabled $true), or read Pexip&apos;s User-Agent in the IIS logs and add it to EwsAllowList.</source>
        <translation>Nehmen Sie das Konto aus (Set-CASMailbox &lt;Konto&gt; -EwsApplicationAccessPolicy $null -EwsEnabled $true), oder lesen Sie den User-Agent von Pexip in den IIS-Protokollen und fügen Sie ihn zu EwsAllowList hinzu.</translation>
    </message>
    <message>
        <source>EWS refuses the client programs in a block list (EnforceBlockList in %2: %3), and One-Touch Join&apos;s User-Agent is not documented: check that no entry matches it for %1.</source>
        <translation>EWS weist die Client-Programme einer Sperrliste ab (EnforceBlockList in %2: %3), und der User-Agent von One-Touch Join ist nicht dokumentiert: Prüfen Sie, dass kein Eintrag ihn für %1 trifft.</translation>
    </message>
    <message>
        <source>Read Pexip&apos;s User-Agent in the IIS logs and make sure the block list does not match it.</source>
        <translation>Lesen Sie den User-Agent von Pexip in den IIS-Protokollen und stellen Sie sicher, dass die Sperrliste ihn nicht trifft.</translation>
    </message>
    <message>
        <source>%1&apos;s password can expire (UserAccountControl: %2). Pexip keeps the password; when it expires, One-Touch Join stops.</source>
        <translation>Das Kennwort von %1 kann ablaufen (UserAccountControl: %2). Pexip speichert das Kennwort; wenn es abläuft, funktioniert One-Touch Join nicht mehr.</translation>
    </message>
    <message>
        <source>%1 will be created with a password that expires by the domain&apos;s policy (Exchange cannot set &quot;Password never expires&quot;). Pexip keeps the password; when it expires, One-Touch Join stops.</source>
        <translation>%1 wird mit einem Kennwort erstellt, das nach der Richtlinie der Domäne abläuft (Exchange kann „Kennwort läuft nie ab“ nicht setzen). Pexip speichert das Kennwort; wenn es abläuft, funktioniert One-Touch Join nicht mehr.</translation>
    </message>
    <message>
        <source>%1 already holds ApplicationImpersonation through %2: it is probably used by another application, such as Pexip&apos;s VMR scheduling. Pexip says the One-Touch Join account should be a different one.</source>
        <translation>%1 hat bereits ApplicationImpersonation über %2: Das Konto wird wahrscheinlich von einer anderen Anwendung verwendet, etwa der VMR-Planung von Pexip. Laut Pexip sollte das One-Touch-Join-Konto ein anderes sein.</translation>
    </message>
    <message>
        <source>%1 is the account Pexip&apos;s VMR scheduling connector signs in with (%2). Pexip says the One-Touch Join account should be a different one; this tool does not share it (our policy).</source>
        <translation>%1 ist das Konto, mit dem sich der VMR-Planungs-Connector von Pexip anmeldet (%2). Laut Pexip sollte das One-Touch-Join-Konto ein anderes sein; dieses Werkzeug teilt es nicht (unsere Richtlinie).</translation>
    </message>
    <message>
        <source>Create the service account %1 with a mailbox</source>
        <translation>Dienstkonto %1 mit einem Postfach erstellen</translation>
    </message>
    <message>
        <source>The service account is not another application&apos;s</source>
        <translation>Das Dienstkonto gehört keiner anderen Anwendung</translation>
    </message>
    <message>
        <source>The service account may use EWS</source>
        <translation>Das Dienstkonto darf EWS verwenden</translation>
    </message>
    <message>
        <source>The service account&apos;s password does not expire</source>
        <translation>Das Kennwort des Dienstkontos läuft nicht ab</translation>
    </message>
</context>
<context>
    <name>otj::Steps</name>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Calendar processing</source>
        <translation>Kalenderverarbeitung</translation>
    </message>
    <message>
        <source>Pexip integration</source>
        <translation>Pexip-Integration</translation>
    </message>
</context>
<context>
    <name>otj::ValidationResults</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n mit Warnung</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n nicht geprüft</numerusform>
            <numerusform>%n nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rooms: %3.</source>
        <translation>%1 von %2 Räumen: %3.</translation>
    </message>
    <message>
        <source>See each room&apos;s fix.</source>
        <translation>Siehe die Behebung bei jedem Raum.</translation>
    </message>
    <message>
        <source>No rooms to check.</source>
        <translation>Keine Räume zu prüfen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>otj::authentication::AuthenticationPlanner</name>
    <message>
        <source>Apply step 3: it assigns %1 the authentication policy %3, which leaves legacy EWS authentication open; the organisation&apos;s default policy is not changed.</source>
        <translation>Wenden Sie Schritt 3 an: er weist %1 die Authentifizierungsrichtlinie %3 zu, die die Legacy-Authentifizierung für EWS offen lässt; die Standardrichtlinie der Organisation wird nicht geändert.</translation>
    </message>
    <message>
        <source>Basic authentication on the EWS directory of %1 is open to every user of EWS on that server, not only the service account (organisation-wide exposure).</source>
        <translation>Die Standardauthentifizierung (Basic) im EWS-Verzeichnis von %1 steht jedem EWS-Benutzer auf diesem Server offen, nicht nur dem Dienstkonto (organisationsweite Angriffsfläche).</translation>
    </message>
    <message>
        <source>Prefer NTLM where Pexip can use it; with Basic, keep EWS reachable only from Pexip&apos;s Conferencing Nodes where you can.</source>
        <translation>Bevorzugen Sie NTLM, wo Pexip es verwenden kann; mit Basic sollte EWS nach Möglichkeit nur von den Conferencing Nodes von Pexip erreichbar sein.</translation>
    </message>
    <message>
        <source>Basic authentication is on for the EWS directory of every Mailbox server (%1).</source>
        <translation>Die Standardauthentifizierung (Basic) ist im EWS-Verzeichnis jedes Postfachservers aktiviert (%1).</translation>
    </message>
    <message>
        <source>Basic authentication is off on the EWS directory of %1.</source>
        <translation>Die Standardauthentifizierung (Basic) ist im EWS-Verzeichnis von %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Apply step 3 (Set-WebServicesVirtualDirectory -BasicAuthentication $true on each; organisation-wide exposure), or choose NTLM.</source>
        <translation>Wenden Sie Schritt 3 an (Set-WebServicesVirtualDirectory -BasicAuthentication $true für jedes; organisationsweite Angriffsfläche), oder wählen Sie NTLM.</translation>
    </message>
    <message>
        <source>Windows authentication (NTLM) is on for the EWS directory of every Mailbox server (%1).</source>
        <translation>Die Windows-Authentifizierung (NTLM) ist im EWS-Verzeichnis jedes Postfachservers aktiviert (%1).</translation>
    </message>
    <message>
        <source>Windows authentication (NTLM) is off on the EWS directory of %1.</source>
        <translation>Die Windows-Authentifizierung (NTLM) ist im EWS-Verzeichnis von %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Enable it (Set-WebServicesVirtualDirectory -WindowsAuthentication $true), or choose Basic.</source>
        <translation>Aktivieren Sie sie (Set-WebServicesVirtualDirectory -WindowsAuthentication $true), oder wählen Sie Basic.</translation>
    </message>
    <message>
        <source>Extended Protection is required on the EWS directory of %1: NTLM sign-ins without channel binding are refused (this tool&apos;s own EWS checks send none; whether Pexip&apos;s NTLM does is not confirmed).</source>
        <translation>Extended Protection ist im EWS-Verzeichnis von %1 erforderlich: NTLM-Anmeldungen ohne Kanalbindung werden abgewiesen (die eigenen EWS-Prüfungen dieses Werkzeugs senden keine; ob das NTLM von Pexip es tut, ist nicht bestätigt).</translation>
    </message>
    <message>
        <source>Set ExtendedProtectionTokenChecking to Allow on the front-end EWS directory (Microsoft&apos;s recommended setting there), or use Basic.</source>
        <translation>Setzen Sie ExtendedProtectionTokenChecking im Front-End-EWS-Verzeichnis auf Allow (dort die von Microsoft empfohlene Einstellung), oder verwenden Sie Basic.</translation>
    </message>
    <message>
        <source>Not checked: the EWS virtual directories could not be read (%1).</source>
        <translation>Nicht geprüft: die virtuellen EWS-Verzeichnisse konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>This Exchange version has no authentication policies (they exist from Exchange 2019 CU2).</source>
        <translation>Diese Exchange-Version hat keine Authentifizierungsrichtlinien (es gibt sie ab Exchange 2019 CU2).</translation>
    </message>
    <message>
        <source>No authentication policy applies to %1.</source>
        <translation>Für %1 gilt keine Authentifizierungsrichtlinie.</translation>
    </message>
    <message>
        <source>The authentication policy %2 applies to %1 and leaves legacy EWS authentication open.</source>
        <translation>Für %1 gilt die Authentifizierungsrichtlinie %2; sie lässt die Legacy-Authentifizierung für EWS offen.</translation>
    </message>
    <message>
        <source>The authentication policy %2 assigned to %1 blocks legacy EWS authentication (BlockLegacyAuthWebServices): Basic and NTLM sign-ins get HTTP 401.</source>
        <translation>Die %1 zugewiesene Authentifizierungsrichtlinie %2 blockiert die Legacy-Authentifizierung für EWS (BlockLegacyAuthWebServices): Basic- und NTLM-Anmeldungen erhalten HTTP 401.</translation>
    </message>
    <message>
        <source>The organisation&apos;s default authentication policy %2 applies to %1 and blocks legacy EWS authentication (BlockLegacyAuthWebServices): Basic and NTLM sign-ins get HTTP 401.</source>
        <translation>Für %1 gilt die Standard-Authentifizierungsrichtlinie %2 der Organisation; sie blockiert die Legacy-Authentifizierung für EWS (BlockLegacyAuthWebServices): Basic- und NTLM-Anmeldungen erhalten HTTP 401.</translation>
    </message>
    <message>
        <source>Not checked: the authentication policies could not be read (%1).</source>
        <translation>Nicht geprüft: die Authentifizierungsrichtlinien konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Open legacy authentication for EWS and Autodiscover again in the authentication policy %1</source>
        <translation>Legacy-Authentifizierung für EWS und AutoErmittlung in der Authentifizierungsrichtlinie %1 wieder öffnen</translation>
    </message>
    <message>
        <source>Create the authentication policy %1: legacy authentication only for EWS and Autodiscover</source>
        <translation>Authentifizierungsrichtlinie %1 erstellen: Legacy-Authentifizierung nur für EWS und AutoErmittlung</translation>
    </message>
    <message>
        <source>the EWS virtual directory of every Mailbox server</source>
        <translation>das virtuelle EWS-Verzeichnis jedes Postfachservers</translation>
    </message>
    <message>
        <source>Allow Basic authentication on the EWS virtual directory of every Mailbox server</source>
        <translation>Standardauthentifizierung (Basic) im virtuellen EWS-Verzeichnis jedes Postfachservers erlauben</translation>
    </message>
    <message>
        <source>Allow Basic authentication on %1</source>
        <translation>Standardauthentifizierung (Basic) für %1 erlauben</translation>
    </message>
    <message>
        <source>Assign the authentication policy %1 to %2 instead of %3</source>
        <translation>%2 die Authentifizierungsrichtlinie %1 statt %3 zuweisen</translation>
    </message>
    <message>
        <source>Assign the authentication policy %1 to %2 (the organisation&apos;s default %3 stays as it is)</source>
        <translation>%2 die Authentifizierungsrichtlinie %1 zuweisen (die Standardrichtlinie %3 der Organisation bleibt, wie sie ist)</translation>
    </message>
    <message>
        <source>every Mailbox server</source>
        <translation>jeder Postfachserver</translation>
    </message>
</context>
<context>
    <name>otj::certs</name>
    <message>
        <source>The file contains a private key. Choose the CA certificate only (never a key).</source>
        <translation>Die Datei enthält einen privaten Schlüssel. Wählen Sie nur das CA-Zertifikat (niemals einen Schlüssel).</translation>
    </message>
    <message>
        <source>No PEM certificate found (expected &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Kein PEM-Zertifikat gefunden („-----BEGIN CERTIFICATE-----“ erwartet).</translation>
    </message>
    <message>
        <source>A certificate in the file could not be read.</source>
        <translation>Ein Zertifikat in der Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (expires %2), SHA-256 %3</source>
        <translation>%1 (läuft ab %2), SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>otj::cli</name>
    <message>
        <source>report --profile FILE --format html|pdf|json -o FILE: configuration report</source>
        <translation>report --profile DATEI --format html|pdf|json -o DATEI: Konfigurationsbericht</translation>
    </message>
    <message>
        <source>rotate-password --profile FILE: new service account password</source>
        <translation>rotate-password --profile DATEI: neues Kennwort für das Dienstkonto</translation>
    </message>
    <message>
        <source>Usage: otjctl COMMAND [options]
Connects Pexip One-Touch Join to Exchange on-premises: checks, changes and reports.

Commands:
</source>
        <translation>Verwendung: otjctl BEFEHL [Optionen]
Verbindet Pexip One-Touch Join mit Exchange (lokal): Prüfungen, Änderungen und Berichte.

Befehle:
</translation>
    </message>
    <message>
        <source>  (not available in this build)</source>
        <translation>  (in dieser Version nicht verfügbar)</translation>
    </message>
    <message>
        <source>otjctl: unknown command &quot;%1&quot;.</source>
        <translation>otjctl: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>otjctl %1: not available in this build.</source>
        <translation>otjctl %1: in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cancelling… (Ctrl-C again to stop at once)</source>
        <translation>Wird abgebrochen … (erneut Strg-C, um sofort anzuhalten)</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     this help; COMMAND --help for a command&apos;s options
  -v, --version  the version

Exit codes: 0 nothing failed, 1 something failed, 2 could not run, 130 cancelled (Ctrl-C),
143 terminated (SIGTERM).
Unattended runs may pass passwords in OTJ_EXCHANGE_ADMIN_PASSWORD, OTJ_SERVICE_ACCOUNT_PASSWORD and
OTJ_PEXIP_PASSWORD (less safe than the keychain; they are removed from the environment at start).
</source>
        <translation>
Optionen:
  -h, --help     diese Hilfe; BEFEHL --help für die Optionen eines Befehls
  -v, --version  die Version

Exit-Codes: 0 nichts fehlgeschlagen, 1 etwas fehlgeschlagen, 2 konnte nicht ausgeführt werden, 130 abgebrochen (Strg-C),
143 beendet (SIGTERM).
Unbeaufsichtigte Läufe können Kennwörter in OTJ_EXCHANGE_ADMIN_PASSWORD, OTJ_SERVICE_ACCOUNT_PASSWORD und
OTJ_PEXIP_PASSWORD übergeben (weniger sicher als der Schlüsselbund; sie werden beim Start aus der Umgebung entfernt).
</translation>
    </message>
    <message>
        <source>Terminating: stopping cleanly… (a second signal stops at once)</source>
        <translation>Wird beendet: sauberes Anhalten … (ein zweites Signal beendet sofort)</translation>
    </message>
</context>
<context>
    <name>otj::cli::ApplyCommand</name>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) wait for AD replication (Pending); re-checking, %1 s left.</source>
        <translation>
            <numerusform>%n Raum wartet auf die AD-Replikation (ausstehend); erneute Prüfung, noch %1 s.</numerusform>
            <numerusform>%n Räume warten auf die AD-Replikation (ausstehend); erneute Prüfung, noch %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: Exchange could not be inspected completely; nothing was changed.</source>
        <translation>Nicht angewendet: Exchange konnte nicht vollständig untersucht werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Confirmation needed: run with --yes to apply without a terminal. Nothing was changed.</source>
        <translation>Bestätigung nötig: mit --yes ausführen, um ohne Terminal anzuwenden. Nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Apply these %n change(s)? [y/N] </source>
        <translation>
            <numerusform>Diese Änderung anwenden? [y/N] </numerusform>
            <numerusform>Diese %n Änderungen anwenden? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>An earlier apply was interrupted: %1 of its changes had been made, %2 not (journal settled).</source>
        <translation>Eine frühere Anwendung wurde unterbrochen: %1 ihrer Änderungen waren vorgenommen, %2 nicht (Journal abgeglichen).</translation>
    </message>
    <message>
        <source>Nothing to change; Exchange already matches the profile.</source>
        <translation>Nichts zu ändern; Exchange entspricht bereits dem Profil.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied and verified.</source>
        <translation>
            <numerusform>%n Änderung angewendet und geprüft.</numerusform>
            <numerusform>%n Änderungen angewendet und geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied, but impersonation is not effective yet for %n room(s) (Pending: AD replication). Run otjctl validate later.</source>
        <translation>
            <numerusform>Angewendet, aber der Identitätswechsel wirkt für %n Raum noch nicht (ausstehend: AD-Replikation). Führen Sie später otjctl validate aus.</numerusform>
            <numerusform>Angewendet, aber der Identitätswechsel wirkt für %n Räume noch nicht (ausstehend: AD-Replikation). Führen Sie später otjctl validate aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>Ausstehend:</translation>
    </message>
    <message>
        <source>Stopped: %1 failed: %2</source>
        <translation>Angehalten: %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>eine Anfrage</translation>
    </message>
    <message>
        <source>Applied: %1, not applied: %2.</source>
        <translation>Angewendet: %1, nicht angewendet: %2.</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Angewendet:</translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Nicht angewendet:</translation>
    </message>
    <message>
        <source>Run otjctl apply again to continue from here.</source>
        <translation>Führen Sie otjctl apply erneut aus, um von hier fortzufahren.</translation>
    </message>
    <message>
        <source>Cancelled: %1 change(s) applied, %2 not applied.</source>
        <translation>Abgebrochen: %1 Änderung(en) angewendet, %2 nicht angewendet.</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>Nothing to back out.</source>
        <translation>Nichts zurückzunehmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) backed out and verified.</source>
        <translation>
            <numerusform>%n Änderung zurückgenommen und geprüft.</numerusform>
            <numerusform>%n Änderungen zurückgenommen und geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed by someone else since were kept (conflicts above).</source>
        <translation>
            <numerusform>%n seither von jemand anderem geänderter Wert wurde beibehalten (Konflikte oben).</numerusform>
            <numerusform>%n seither von jemand anderem geänderte Werte wurden beibehalten (Konflikte oben).</numerusform>
        </translation>
    </message>
    <message>
        <source>apply --profile FILE [--yes] [--wait-pending SECONDS] [--fix-booking-blockers] [--send-pexip-password] [--replace-kerberos] [--rollback]: make the planned changes and verify them (--rollback: back out what earlier applies changed)</source>
        <translation>apply --profile DATEI [--yes] [--wait-pending SEKUNDEN] [--fix-booking-blockers] [--send-pexip-password] [--replace-kerberos] [--rollback]: die geplanten Änderungen vornehmen und prüfen (--rollback: zurücknehmen, was frühere Läufe geändert haben)</translation>
    </message>
</context>
<context>
    <name>otj::cli::ExchangeCommand</name>
    <message>
        <source>Domain controller for every change: %1</source>
        <translation>Domänencontroller für alle Änderungen: %1</translation>
    </message>
    <message>
        <source>The rooms live in several AD domains (%1): the apply first runs Set-ADServerSettings -ViewEntireForest $true.</source>
        <translation>Die Räume liegen in mehreren AD-Domänen (%1): die Anwendung führt zuerst Set-ADServerSettings -ViewEntireForest $true aus.</translation>
    </message>
    <message>
        <source>could not inspect: %1</source>
        <translation>konnte nicht untersucht werden: %1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>(a value is taken from an object made earlier in this apply)</source>
        <translation>(ein Wert stammt von einem Objekt, das früher in dieser Anwendung erstellt wird)</translation>
    </message>
    <message>
        <source>Some steps could not be inspected (above).</source>
        <translation>Einige Schritte konnten nicht untersucht werden (oben).</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n Änderung vorzunehmen.</numerusform>
            <numerusform>%n Änderungen vorzunehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile (JSON)</source>
        <translation>das Profil (JSON)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>apply without asking</source>
        <translation>ohne Rückfrage anwenden</translation>
    </message>
    <message>
        <source>re-check rooms whose impersonation waits for AD replication for up to SECONDS (default 600)</source>
        <translation>Räume, deren Identitätswechsel auf die AD-Replikation wartet, bis zu SEKUNDEN erneut prüfen (Standard 600)</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>also change the room settings that stop automatic booking</source>
        <translation>auch die Raumeinstellungen ändern, die die automatische Buchung verhindern</translation>
    </message>
    <message>
        <source>otjctl %1: unexpected argument %2</source>
        <translation>otjctl %1: unerwartetes Argument %2</translation>
    </message>
    <message>
        <source>--wait-pending must be 0-86400 seconds.</source>
        <translation>--wait-pending muss 0–86400 Sekunden sein.</translation>
    </message>
    <message>
        <source>otjctl %1: --profile FILE is required.</source>
        <translation>otjctl %1: --profile DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 cannot be used; nothing was inspected.</source>
        <translation>%1 kann nicht verwendet werden; nichts wurde untersucht.</translation>
    </message>
    <message>
        <source>Step 5 was not inspected: the profile names no Pexip Management Node.</source>
        <translation>Schritt 5 wurde nicht untersucht: das Profil nennt keinen Pexip Management Node.</translation>
    </message>
    <message>
        <source>Step 5 was not inspected: the Pexip admin password is not available.</source>
        <translation>Schritt 5 wurde nicht untersucht: das Pexip-Administratorkennwort ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Store it in the keychain, or set %1 for an unattended run.</source>
        <translation>Speichern Sie es im Schlüsselbund, oder setzen Sie %1 für einen unbeaufsichtigten Lauf.</translation>
    </message>
    <message>
        <source>send the service account&apos;s password to Pexip (step 5)</source>
        <translation>das Kennwort des Dienstkontos an Pexip senden (Schritt 5)</translation>
    </message>
    <message>
        <source>move a Pexip integration on KERBEROS to the profile&apos;s method (step 5)</source>
        <translation>eine Pexip-Integration mit KERBEROS auf die Methode des Profils umstellen (Schritt 5)</translation>
    </message>
    <message>
        <source>back out what earlier applies changed (the run journal)</source>
        <translation>zurücknehmen, was frühere Läufe geändert haben (das Laufjournal)</translation>
    </message>
</context>
<context>
    <name>otj::cli::PlanCommand</name>
    <message>
        <source>Could not inspect Exchange: %1</source>
        <translation>Exchange konnte nicht untersucht werden: %1</translation>
    </message>
    <message>
        <source>plan --profile FILE [--fix-booking-blockers] [--send-pexip-password] [--replace-kerberos]: show every change (steps 1-5) before it is made</source>
        <translation>plan --profile DATEI [--fix-booking-blockers] [--send-pexip-password] [--replace-kerberos]: jede Änderung (Schritte 1-5) zeigen, bevor sie vorgenommen wird</translation>
    </message>
</context>
<context>
    <name>otj::cli::ProfileCommand</name>
    <message>
        <source>profile new FILE | profile check FILE: write a default profile, or list a profile&apos;s problems</source>
        <translation>profile new DATEI | profile check DATEI: ein Standardprofil schreiben oder die Probleme eines Profils auflisten</translation>
    </message>
    <message>
        <source>new or check</source>
        <translation>new oder check</translation>
    </message>
    <message>
        <source>the profile (JSON)</source>
        <translation>das Profil (JSON)</translation>
    </message>
    <message>
        <source>with new: overwrite an existing file</source>
        <translation>mit new: eine vorhandene Datei überschreiben</translation>
    </message>
    <message>
        <source>usage: otjctl profile new FILE | otjctl profile check FILE</source>
        <translation>Verwendung: otjctl profile new DATEI | otjctl profile check DATEI</translation>
    </message>
    <message>
        <source>%1 exists; not overwritten (use --force).</source>
        <translation>%1 existiert; nicht überschrieben (--force verwenden).</translation>
    </message>
    <message>
        <source>Wrote %1 (profile id %2). Fill in the values marked incomplete by `otjctl profile check`.</source>
        <translation>%1 geschrieben (Profil-ID %2). Tragen Sie die Werte ein, die `otjctl profile check` als unvollständig meldet.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>note: %1 uses schema %2; it was read as schema %3 (saving upgrades it).</source>
        <translation>Hinweis: %1 verwendet Schema %2; es wurde als Schema %3 gelesen (Speichern aktualisiert es).</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::cli::ScriptCommand</name>
    <message>
        <source>script --profile FILE [--rollback] [-o FILE]: export the changes (or their back-out) as a PowerShell script</source>
        <translation>script --profile DATEI [--rollback] [-o DATEI]: die Änderungen (oder ihre Rücknahme) als PowerShell-Skript exportieren</translation>
    </message>
    <message>
        <source>Writes a Windows PowerShell 5.1 script for the Exchange Management Shell: the setup of steps 1-4 from the profile alone, or with --rollback the back-out of what the tool applied (from the run journal beside the profile). Without -o the script goes to stdout.</source>
        <translation>Schreibt ein Windows-PowerShell-5.1-Skript für die Exchange-Verwaltungsshell: die Einrichtung der Schritte 1–4 allein aus dem Profil, oder mit --rollback die Rücknahme dessen, was das Werkzeug angewendet hat (aus dem Ausführungsprotokoll neben dem Profil). Ohne -o geht das Skript nach stdout.</translation>
    </message>
    <message>
        <source>the profile (JSON)</source>
        <translation>das Profil (JSON)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>the back-out of the changes the tool applied (from the run journal)</source>
        <translation>die Rücknahme der Änderungen, die das Werkzeug angewendet hat (aus dem Ausführungsprotokoll)</translation>
    </message>
    <message>
        <source>write the script to FILE (UTF-8 with BOM; replaced if it exists)</source>
        <translation>das Skript in DATEI schreiben (UTF-8 mit BOM; eine vorhandene Datei wird ersetzt)</translation>
    </message>
    <message>
        <source>the default of the script&apos;s -DomainController parameter</source>
        <translation>der Standardwert des Skriptparameters -DomainController</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the selected rooms live in more than one AD domain: the script first runs Set-ADServerSettings -ViewEntireForest $true</source>
        <translation>die ausgewählten Räume liegen in mehr als einer AD-Domäne: das Skript führt zuerst Set-ADServerSettings -ViewEntireForest $true aus</translation>
    </message>
    <message>
        <source>otjctl script: unexpected argument %1</source>
        <translation>otjctl script: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>otjctl script: --profile FILE is required.</source>
        <translation>otjctl script: --profile DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be used; no script was written.</source>
        <translation>%1 kann nicht verwendet werden; es wurde kein Skript geschrieben.</translation>
    </message>
    <message>
        <source>otjctl script: there is no run journal beside the profile (%1): nothing was applied with this profile, so there is nothing to back out.</source>
        <translation>otjctl script: neben dem Profil gibt es kein Ausführungsprotokoll (%1): mit diesem Profil wurde nichts angewendet, also gibt es nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>otjctl script: cannot read the run journal %1: %2</source>
        <translation>otjctl script: das Ausführungsprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The journal records no change the tool applied: the back-out script does nothing.</source>
        <translation>Das Protokoll enthält keine vom Werkzeug angewendete Änderung: das Rücknahmeskript tut nichts.</translation>
    </message>
    <message>
        <source>otjctl script: this build has no step planners; only --rollback is available.</source>
        <translation>otjctl script: dieser Build enthält keine Schrittplaner; nur --rollback ist verfügbar.</translation>
    </message>
    <message>
        <source>otjctl script: cannot write %1: %2</source>
        <translation>otjctl script: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n change(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Änderung).</numerusform>
            <numerusform>%1 geschrieben (%n Änderungen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::cli::ValidateCommand</name>
    <message>
        <source>the profile (JSON)</source>
        <translation>das Profil (JSON)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>print the results as JSON (validation-result schema v1)</source>
        <translation>die Ergebnisse als JSON ausgeben (validation-result-Schema v1)</translation>
    </message>
    <message>
        <source>run only these checks (id or id prefix; repeatable)</source>
        <translation>nur diese Prüfungen ausführen (ID oder ID-Präfix; wiederholbar)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>check only these rooms (repeatable)</source>
        <translation>nur diese Räume prüfen (wiederholbar)</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>least privilege: only the service account&apos;s (and Pexip&apos;s) passwords; the PowerShell-side checks are reported Skipped</source>
        <translation>minimale Rechte: nur die Kennwörter des Dienstkontos (und von Pexip); die PowerShell-seitigen Prüfungen werden als Übersprungen gemeldet</translation>
    </message>
    <message>
        <source>EWS requests in flight for the service account (1-24, default 4)</source>
        <translation>gleichzeitige EWS-Anfragen für das Dienstkonto (1–24, Standard 4)</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>otjctl validate: unexpected argument %1</source>
        <translation>otjctl validate: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>otjctl validate: --profile FILE is required.</source>
        <translation>otjctl validate: --profile DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be used; nothing was checked.</source>
        <translation>%1 kann nicht verwendet werden; nichts wurde geprüft.</translation>
    </message>
    <message>
        <source>--concurrency must be 1-%1.</source>
        <translation>--concurrency muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Could not run the validation: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>note:  %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>fix (%1): %2</source>
        <translation>Behebung (%1): %2</translation>
    </message>
    <message>
        <source>Summary: %1 passed, %2 warnings, %3 failed, %4 skipped, %5 cancelled, %6 pending.</source>
        <translation>Zusammenfassung: %1 bestanden, %2 Warnungen, %3 fehlgeschlagen, %4 übersprungen, %5 abgebrochen, %6 ausstehend.</translation>
    </message>
    <message>
        <source>validate --profile FILE [--json] [--only ID...] [--rooms ADDR...] [--service-account-only] [--concurrency K]</source>
        <translation>validate --profile DATEI [--json] [--only ID...] [--rooms ADR...] [--service-account-only] [--concurrency K]</translation>
    </message>
    <message>
        <source>It contains a control character.</source>
        <translation>Er enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>otjctl validate: --rooms %1: %2</source>
        <translation>otjctl validate: --rooms %1: %2</translation>
    </message>
    <message>
        <source>otjctl validate: --rooms %1 is not one of the profile&apos;s rooms (rooms.selected); only those can be checked.</source>
        <translation>otjctl validate: --rooms %1 ist keiner der Räume des Profils (rooms.selected); nur diese können geprüft werden.</translation>
    </message>
</context>
<context>
    <name>otj::ews</name>
    <message>
        <source>Malformed response: the server&apos;s answer is not one an Exchange server sends (%1); nothing in it was used.</source>
        <translation>Fehlerhafte Antwort: So antwortet kein Exchange-Server (%1); nichts daraus wurde verwendet.</translation>
    </message>
</context>
<context>
    <name>otj::input</name>
    <message>
        <source>The part after @ is missing.</source>
        <translation>Der Teil nach dem @ fehlt.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no dot; use the full domain, e.g. example.com.</source>
        <translation>Die Domäne „%1“ enthält keinen Punkt; verwenden Sie die vollständige Domäne, z. B. example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation>„%1“ ist kein gültiger Domänenname.</translation>
    </message>
    <message>
        <source>The part before @ is missing.</source>
        <translation>Der Teil vor dem @ fehlt.</translation>
    </message>
    <message>
        <source>The part before @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters that are not allowed before the @.</source>
        <translation>„%1“ enthält Zeichen, die vor dem @ nicht erlaubt sind.</translation>
    </message>
    <message>
        <source>Enter a host name or address.</source>
        <translation>Geben Sie einen Hostnamen oder eine Adresse ein.</translation>
    </message>
    <message>
        <source>Enter only the host name, without http:// or https://.</source>
        <translation>Geben Sie nur den Hostnamen ein, ohne http:// oder https://.</translation>
    </message>
    <message>
        <source>The port after &quot;:&quot; must be a number from 1 to 65535.</source>
        <translation>Der Port nach „:“ muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>Ein Hostname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits, hyphens and dots.</source>
        <translation>„%1“ ist kein gültiger Hostname: Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter only the address (name@example.com), without a display name or spaces.</source>
        <translation>Geben Sie nur die Adresse ein (name@example.com), ohne Anzeigenamen oder Leerzeichen.</translation>
    </message>
    <message>
        <source>An email address needs an @, e.g. room-101@example.com.</source>
        <translation>Eine E-Mail-Adresse braucht ein @, z. B. room-101@example.com.</translation>
    </message>
    <message>
        <source>An email address has exactly one @.</source>
        <translation>Eine E-Mail-Adresse hat genau ein @.</translation>
    </message>
    <message>
        <source>Enter a user principal name, e.g. svc-otj@example.com.</source>
        <translation>Geben Sie einen Benutzerprinzipalnamen (UPN) ein, z. B. svc-otj@example.com.</translation>
    </message>
    <message>
        <source>Use the user principal name (user@domain), not DOMAIN\user.</source>
        <translation>Verwenden Sie den Benutzerprinzipalnamen (benutzer@domäne), nicht DOMÄNE\benutzer.</translation>
    </message>
    <message>
        <source>A user principal name has the form user@domain.</source>
        <translation>Ein Benutzerprinzipalname hat die Form benutzer@domäne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid UPN suffix.</source>
        <translation>„%1“ ist kein gültiges UPN-Suffix.</translation>
    </message>
    <message>
        <source>Enter an account as user@domain or DOMAIN\user.</source>
        <translation>Geben Sie ein Konto als benutzer@domäne oder DOMÄNE\benutzer ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid NetBIOS domain name (up to 15 letters, digits, dots or hyphens).</source>
        <translation>„%1“ ist kein gültiger NetBIOS-Domänenname (bis zu 15 Buchstaben, Ziffern, Punkte oder Bindestriche).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user logon name (up to 20 characters, no spaces or &quot; / \ [ ] : ; | = , + * ? &lt; &gt; @).</source>
        <translation>„%1“ ist kein gültiger Benutzeranmeldename (bis zu 20 Zeichen, keine Leerzeichen oder &quot; / \ [ ] : ; | = , + * ? &lt; &gt; @).</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Dies ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>Enter a full URL, e.g. http://mail.example.com/PowerShell/.</source>
        <translation>Geben Sie eine vollständige URL ein, z. B. http://mail.example.com/PowerShell/.</translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://.</source>
        <translation>Geben Sie eine vollständige URL ein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Use https://: credentials are never sent over plain HTTP.</source>
        <translation>Verwenden Sie https://: Anmeldedaten werden nie über unverschlüsseltes HTTP gesendet.</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>Die URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>A host name is at most 253 characters long.</source>
        <translation>Ein Hostname ist höchstens 253 Zeichen lang.</translation>
    </message>
    <message>
        <source>Only an IPv6 address may be written in brackets, e.g. [2001:db8::1]:443.</source>
        <translation>Nur eine IPv6-Adresse darf in eckigen Klammern stehen, z. B. [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>Only &quot;:port&quot; may follow the closing bracket.</source>
        <translation>Nach der schließenden Klammer darf nur „:port“ folgen.</translation>
    </message>
    <message>
        <source>A host name takes at most one &quot;:port&quot;; write an IPv6 address in brackets, e.g. [2001:db8::1]:443.</source>
        <translation>Ein Hostname hat höchstens ein „:port“; schreiben Sie eine IPv6-Adresse in eckigen Klammern, z. B. [2001:db8::1]:443.</translation>
    </message>
</context>
<context>
    <name>otj::journal::ApplyLock</name>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, Prozess %2 auf %3</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>another program (the lock file %1 cannot be read)</source>
        <translation>ein anderes Programm (die Sperrdatei %1 kann nicht gelesen werden)</translation>
    </message>
</context>
<context>
    <name>otj::journal::RunJournal</name>
    <message>
        <source>Cannot read the run journal %1: %2</source>
        <translation>Das Ausführungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the run journal %1: %2</source>
        <translation>Das Ausführungsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) in the run journal were skipped (a write cut off).</source>
        <translation>
            <numerusform>%n unlesbare Zeile im Ausführungsjournal wurde übersprungen (ein abgebrochener Schreibvorgang).</numerusform>
            <numerusform>%n unlesbare Zeilen im Ausführungsjournal wurden übersprungen (ein abgebrochener Schreibvorgang).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::pexip::PexipClient</name>
    <message>
        <source>the Management Node address must be a host name (HTTPS only)</source>
        <translation>die Adresse des Management Node muss ein Hostname sein (nur HTTPS)</translation>
    </message>
    <message>
        <source>%1 is not a management API path ending in /</source>
        <translation>%1 ist kein Pfad der Verwaltungs-API, der auf / endet</translation>
    </message>
    <message>
        <source>the user name or password contains a line break</source>
        <translation>der Benutzername oder das Kennwort enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the user name contains a colon</source>
        <translation>der Benutzername enthält einen Doppelpunkt</translation>
    </message>
</context>
<context>
    <name>otj::pexip::PexipError</name>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The Management Node&apos;s certificate is not trusted (add its CA to the Pexip trust entry of the profile): %1</source>
        <translation>Dem Zertifikat des Management Node wird nicht vertraut (fügen Sie seine Zertifizierungsstelle dem Pexip-Vertrauenseintrag des Profils hinzu): %1</translation>
    </message>
    <message>
        <source>The Management Node cannot be reached: %1</source>
        <translation>Der Management Node ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The Management Node did not answer in time.</source>
        <translation>Der Management Node hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The Management Node closed the connection before answering.</source>
        <translation>Der Management Node hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The answer to a create request was lost and the object was not found afterwards; nothing was sent twice. Run again.</source>
        <translation>Die Antwort auf eine Anlegeanfrage ging verloren, und das Objekt wurde danach nicht gefunden; nichts wurde doppelt gesendet. Erneut ausführen.</translation>
    </message>
    <message>
        <source>The Management Node refused the user name or password (HTTP 401).</source>
        <translation>Der Management Node hat Benutzername oder Kennwort abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>The account may not use this part of the management API (HTTP 403).</source>
        <translation>Das Konto darf diesen Teil der Verwaltungs-API nicht verwenden (HTTP 403).</translation>
    </message>
    <message>
        <source>Not found on the Management Node (HTTP 404).</source>
        <translation>Auf dem Management Node nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>The management API answered with a redirect to %1 (not followed).</source>
        <translation>Die Verwaltungs-API hat mit einer Umleitung zu %1 geantwortet (nicht gefolgt).</translation>
    </message>
    <message>
        <source>Pexip refused the values: %1</source>
        <translation>Pexip hat die Werte abgelehnt: %1</translation>
    </message>
    <message>
        <source>Pexip refused the request (HTTP %1): %2</source>
        <translation>Pexip hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>The Management Node kept asking to slow down (HTTP 429) after %n attempts.</source>
        <translation>
            <numerusform>Der Management Node verlangte nach %n Versuch weiterhin, langsamer zu werden (HTTP 429).</numerusform>
            <numerusform>Der Management Node verlangte nach %n Versuchen weiterhin, langsamer zu werden (HTTP 429).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Management Node failed (HTTP %1).</source>
        <translation>Der Management Node ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>The Management Node&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Management Node konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The Management Node&apos;s answer was too large.</source>
        <translation>Die Antwort des Management Node war zu groß.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>otj::pexip::PexipStepRun</name>
    <message>
        <source>Step 5 was not applied: %1</source>
        <translation>Schritt 5 wurde nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Step 5: Pexip could not be read; nothing was changed there.</source>
        <translation>Schritt 5: Pexip konnte nicht gelesen werden; dort wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n step 5 change(s) still differ after the apply.</source>
        <translation>
            <numerusform>%n Änderung in Schritt 5 weicht nach dem Anwenden noch ab.</numerusform>
            <numerusform>%n Änderungen in Schritt 5 weichen nach dem Anwenden noch ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 5 could not be read back.</source>
        <translation>Schritt 5 konnte nicht zurückgelesen werden.</translation>
    </message>
</context>
<context>
    <name>otj::plan</name>
    <message>
        <source>«password from the keychain»</source>
        <translation>«Kennwort aus dem Schlüsselbund»</translation>
    </message>
    <message>
        <source>Hide %1 from the address lists</source>
        <translation>%1 in den Adresslisten ausblenden</translation>
    </message>
</context>
<context>
    <name>otj::plan::ApplyRunner</name>
    <message>
        <source>Another apply to this profile is running (%1); nothing was changed.</source>
        <translation>Eine andere Anwendung auf dieses Profil läuft (%1); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 needs the service account&apos;s password (from the keychain or OTJ_SERVICE_ACCOUNT_PASSWORD); nothing was changed.</source>
        <translation>%1 benötigt das Kennwort des Dienstkontos (aus dem Schlüsselbund oder OTJ_SERVICE_ACCOUNT_PASSWORD); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: a value it needs is still missing after the change that makes it.</source>
        <translation>%1: ein benötigter Wert fehlt noch nach der Änderung, die ihn erzeugt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still differ after the apply.</source>
        <translation>
            <numerusform>%n Änderung weicht nach der Anwendung noch ab.</numerusform>
            <numerusform>%n Änderungen weichen nach der Anwendung noch ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The result could not be read back.</source>
        <translation>Das Ergebnis konnte nicht zurückgelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Impersonation fails for %n room(s):</source>
        <translation>
            <numerusform>Identitätswechsel (Impersonation) schlägt für %n Raum fehl:</numerusform>
            <numerusform>Identitätswechsel (Impersonation) schlägt für %n Räume fehl:</numerusform>
        </translation>
    </message>
    <message>
        <source>The run journal holds no applied change to back out; nothing was changed.</source>
        <translation>Das Laufjournal enthält keine angewendete Änderung zum Zurücknehmen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>otj::plan::ExchangeInspector</name>
    <message>
        <source>The Exchange shell is gone.</source>
        <translation>Die Exchange-Shell ist nicht mehr da.</translation>
    </message>
    <message>
        <source>The Exchange shell did not open.</source>
        <translation>Die Exchange-Shell wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No answer for this command.</source>
        <translation>Keine Antwort auf diesen Befehl.</translation>
    </message>
    <message>
        <source>%1: %2 changed since the tool set it; kept as it is (conflict).</source>
        <translation>%1: %2 wurde geändert, seit das Werkzeug es gesetzt hat; unverändert belassen (Konflikt).</translation>
    </message>
    <message>
        <source>Find out who changed it; restore the earlier value by hand if it should still go.</source>
        <translation>Finden Sie heraus, wer es geändert hat; stellen Sie den früheren Wert von Hand wieder her, wenn er trotzdem zurück soll.</translation>
    </message>
</context>
<context>
    <name>otj::plan::SetupSession</name>
    <message>
        <source>Exchange could not be read back.</source>
        <translation>Exchange konnte nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>Exchange still differs: %1</source>
        <translation>Exchange weicht weiterhin ab: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EWS still denies impersonation of %n room(s): %1</source>
        <translation>
            <numerusform>EWS verweigert weiterhin den Identitätswechsel für %n Raum: %1</numerusform>
            <numerusform>EWS verweigert weiterhin den Identitätswechsel für %n Räume: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) wait for Active Directory replication: %1</source>
        <translation>
            <numerusform>%n Raum wartet auf die Active-Directory-Replikation: %1</numerusform>
            <numerusform>%n Räume warten auf die Active-Directory-Replikation: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This step has no changes to script.</source>
        <translation>Dieser Schritt hat keine Änderungen für ein Skript.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Check the Pexip admin account and its password on the Connections page.</source>
        <translation>Prüfen Sie das Pexip-Administratorkonto und sein Kennwort auf der Seite „Verbindungen“.</translation>
    </message>
    <message>
        <source>Trust the Management Node&apos;s certificate authority on the Connections page.</source>
        <translation>Vertrauen Sie der Zertifizierungsstelle des Management Node auf der Seite „Verbindungen“.</translation>
    </message>
    <message>
        <source>Use a Pexip admin account that may change the configuration.</source>
        <translation>Verwenden Sie ein Pexip-Administratorkonto, das die Konfiguration ändern darf.</translation>
    </message>
    <message>
        <source>Check the Management Node&apos;s address on the Connections page and that this computer reaches it over HTTPS.</source>
        <translation>Prüfen Sie die Adresse des Management Node auf der Seite „Verbindungen“ und ob dieser Computer ihn über HTTPS erreicht.</translation>
    </message>
    <message>
        <source>Pexip could not be read.</source>
        <translation>Pexip konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The profile names no Pexip Management Node.</source>
        <translation>Das Profil nennt keinen Pexip Management Node.</translation>
    </message>
    <message>
        <source>Enter its address on the Connections page.</source>
        <translation>Geben Sie seine Adresse auf der Seite „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>The Pexip admin password is not stored.</source>
        <translation>Das Pexip-Administratorkennwort ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>Enter it on the Connections page.</source>
        <translation>Geben Sie es auf der Seite „Verbindungen“ ein.</translation>
    </message>
    <message>
        <source>Pexip could not be read back: %1</source>
        <translation>Pexip konnte nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Pexip still differs: %1</source>
        <translation>Pexip weicht noch ab: %1</translation>
    </message>
    <message>
        <source>Pexip still lacks it: %1</source>
        <translation>Auf Pexip fehlt es noch: %1</translation>
    </message>
</context>
<context>
    <name>otj::rooms</name>
    <message>
        <source>room mailbox</source>
        <translation>Raumpostfach</translation>
    </message>
    <message>
        <source>room mailbox in Exchange Online</source>
        <translation>Raumpostfach in Exchange Online</translation>
    </message>
    <message>
        <source>equipment mailbox</source>
        <translation>Gerätepostfach</translation>
    </message>
    <message>
        <source>user or shared mailbox</source>
        <translation>Benutzer- oder freigegebenes Postfach</translation>
    </message>
    <message>
        <source>group or room list</source>
        <translation>Gruppe oder Raumliste</translation>
    </message>
    <message>
        <source>mail contact or mail user</source>
        <translation>E-Mail-Kontakt oder E-Mail-Benutzer</translation>
    </message>
    <message>
        <source>unknown to Exchange</source>
        <translation>Exchange unbekannt</translation>
    </message>
</context>
<context>
    <name>otj::script::Rollback</name>
    <message>
        <source>%1: %2 was created by the tool, but the back-out cannot remove it (%3 has no Remove- cmdlet it may use); remove it by hand if it is no longer needed.</source>
        <translation>%1: %2 wurde vom Werkzeug erstellt, aber die Rücknahme kann es nicht entfernen (zu %3 gibt es kein Remove-Cmdlet, das sie verwenden darf); von Hand entfernen, wenn es nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Remove %1 (created by the tool)</source>
        <translation>%1 entfernen (vom Werkzeug erstellt)</translation>
    </message>
    <message>
        <source>%1: the back-out cannot restore %2 (%3 is not a change it knows how to undo).</source>
        <translation>%1: die Rücknahme kann %2 nicht wiederherstellen (%3 ist keine Änderung, die sie rückgängig machen kann).</translation>
    </message>
    <message>
        <source>%1: not restored: %2 (no parameter of %3 sets it).</source>
        <translation>%1: nicht wiederhergestellt: %2 (kein Parameter von %3 setzt es).</translation>
    </message>
    <message>
        <source>Restore the previous %1 of %2</source>
        <translation>Den vorherigen Wert von %1 für %2 wiederherstellen</translation>
    </message>
    <message>
        <source>%1: %2 was created on the Pexip Management Node (%3); the back-out does not change Pexip: delete it there by hand if it is no longer needed.</source>
        <translation>%1: %2 wurde auf dem Pexip Management Node angelegt (%3); die Rücknahme ändert Pexip nicht: löschen Sie es dort von Hand, wenn es nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>%1: %2 was changed on the Pexip Management Node (%3); the back-out does not change Pexip: restore it there by hand if needed.</source>
        <translation>%1: %2 wurde auf dem Pexip Management Node geändert (%3); die Rücknahme ändert Pexip nicht: stellen Sie es dort bei Bedarf von Hand wieder her.</translation>
    </message>
</context>
<context>
    <name>otj::script::ScriptText</name>
    <message>
        <source>%1 comes from %2 of the object %3 returns.</source>
        <translation>%1 stammt aus %2 des Objekts, das %3 liefert.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>OTJ Exchange Setup: back-out script for the Exchange Management Shell</source>
        <translation>OTJ Exchange Setup: Rücknahmeskript für die Exchange-Verwaltungsshell</translation>
    </message>
    <message>
        <source>OTJ Exchange Setup: setup script for the Exchange Management Shell (steps 1-4)</source>
        <translation>OTJ Exchange Setup: Einrichtungsskript für die Exchange-Verwaltungsshell (Schritte 1–4)</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profil: %1 (%2)</translation>
    </message>
    <message>
        <source>Generated by OTJ Exchange Setup %1 on %2</source>
        <translation>Erstellt von OTJ Exchange Setup %1 am %2</translation>
    </message>
    <message>
        <source>Windows PowerShell 5.1. Run it in the Exchange Management Shell (or a session with the Exchange cmdlets imported).</source>
        <translation>Windows PowerShell 5.1. In der Exchange-Verwaltungsshell ausführen (oder in einer Sitzung mit importierten Exchange-Cmdlets).</translation>
    </message>
    <message>
        <source>Built from the run journal: it restores the values the tool changed and removes the objects the tool created.</source>
        <translation>Aus dem Ausführungsprotokoll erstellt: es stellt die vom Werkzeug geänderten Werte wieder her und entfernt die vom Werkzeug erstellten Objekte.</translation>
    </message>
    <message>
        <source>A value is restored only while it still equals what the tool set; otherwise it is reported as a conflict and left alone.</source>
        <translation>Ein Wert wird nur wiederhergestellt, solange er noch dem vom Werkzeug gesetzten entspricht; sonst wird er als Konflikt gemeldet und belassen.</translation>
    </message>
    <message>
        <source>Each change reads the object, compares it as the tool&apos;s inspection does and writes only what differs: a second run changes nothing.</source>
        <translation>Jede Änderung liest das Objekt, vergleicht es wie die Prüfung des Werkzeugs und schreibt nur, was abweicht: ein zweiter Lauf ändert nichts.</translation>
    </message>
    <message>
        <source>No password is stored in this file: it is asked for (Read-Host -AsSecureString) when an account is created, or passed as -ServiceAccountPassword.</source>
        <translation>In dieser Datei ist kein Kennwort gespeichert: es wird abgefragt (Read-Host -AsSecureString), wenn ein Konto erstellt wird, oder als -ServiceAccountPassword übergeben.</translation>
    </message>
    <message>
        <source>The script stops at the first error and names the change (-ErrorVariable and $? are checked after every cmdlet).</source>
        <translation>Das Skript hält beim ersten Fehler an und nennt die Änderung (-ErrorVariable und $? werden nach jedem Cmdlet geprüft).</translation>
    </message>
    <message>
        <source>One domain controller for every read and write (recommended); empty: Exchange chooses.</source>
        <translation>Ein Domänencontroller für alle Lese- und Schreibvorgänge (empfohlen); leer: Exchange wählt.</translation>
    </message>
    <message>
        <source>The password of an account the script creates; asked for when needed and not given.</source>
        <translation>Das Kennwort eines Kontos, das das Skript erstellt; wird abgefragt, wenn es nötig ist und nicht übergeben wurde.</translation>
    </message>
    <message>
        <source>The selected rooms live in more than one AD domain: read the whole forest.</source>
        <translation>Die ausgewählten Räume liegen in mehr als einer AD-Domäne: die ganze Gesamtstruktur lesen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to back out: the journal records no change the tool applied.</source>
        <translation>Nichts zurückzunehmen: das Protokoll enthält keine vom Werkzeug angewendete Änderung.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
</context>
<context>
    <name>otj::shell::ExchangeShell</name>
    <message>
        <source>The PowerShell program was stopped or crashed.</source>
        <translation>Das PowerShell-Programm wurde beendet oder ist abgestürzt.</translation>
    </message>
    <message>
        <source>The PowerShell program ended (exit code %1).</source>
        <translation>Das PowerShell-Programm wurde beendet (Exitcode %1).</translation>
    </message>
    <message>
        <source>The session could not be opened.</source>
        <translation>Die Sitzung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>Die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Opening the Exchange session took longer than %1 s.</source>
        <translation>Das Öffnen der Exchange-Sitzung dauerte länger als %1 s.</translation>
    </message>
    <message>
        <source>Exchange did not answer within %1 s; the PowerShell program was stopped.</source>
        <translation>Exchange hat nicht innerhalb von %1 s geantwortet; das PowerShell-Programm wurde beendet.</translation>
    </message>
    <message>
        <source>The PowerShell program stopped during a change: the change may or may not have been made. Read the current state again before retrying.</source>
        <translation>Das PowerShell-Programm wurde während einer Änderung beendet: Die Änderung wurde vielleicht ausgeführt, vielleicht nicht. Lesen Sie den aktuellen Zustand erneut, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>Die Sitzung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>otj::shell::PowerShellHost</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the bridge script is missing from this build</source>
        <translation>das Brückenskript fehlt in diesem Build</translation>
    </message>
    <message>
        <source>the bridge script changed after it was written</source>
        <translation>das Brückenskript wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>Could not prepare the bridge script: %1</source>
        <translation>Das Brückenskript konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The PowerShell program sent a line longer than %1 bytes.</source>
        <translation>Das PowerShell-Programm hat eine Zeile gesendet, die länger als %1 Byte ist.</translation>
    </message>
</context>
<context>
    <name>otj::ui::ApplyPanel</name>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not run (an earlier change failed)</source>
        <translation>Nicht ausgeführt (eine frühere Änderung schlug fehl)</translation>
    </message>
    <message>
        <source>Not run (stopped)</source>
        <translation>Nicht ausgeführt (angehalten)</translation>
    </message>
    <message>
        <source>Apply no&amp;w</source>
        <translation>&amp;Jetzt anwenden</translation>
    </message>
    <message>
        <source>Stop a&amp;fter the current change</source>
        <translation>Nach der laufenden Änderung an&amp;halten</translation>
    </message>
    <message>
        <source>Changes applied</source>
        <translation>Angewendete Änderungen</translation>
    </message>
    <message>
        <source>Progress of each change</source>
        <translation>Fortschritt jeder Änderung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Stopping after the change being sent…</source>
        <translation>Wird nach der gerade gesendeten Änderung angehalten…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Applied: %1. Failed: %2. Not run: %3.</source>
        <translation>Angewendet: %1. Fehlgeschlagen: %2. Nicht ausgeführt: %3.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Change %1 of %2: %3</source>
        <translation>Änderung %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>otj::ui::AuthenticationPage</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>How the service account signs in to Exchange Web Services. Pexip&apos;s integration uses the same method.</source>
        <translation>Wie sich das Dienstkonto bei Exchange Web Services anmeldet. Die Pexip-Integration verwendet dieselbe Methode.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>EWS &amp;authentication:</source>
        <translation>EWS-&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>The same setting as on the Connections page.</source>
        <translation>Dieselbe Einstellung wie auf der Seite Verbindungen.</translation>
    </message>
    <message>
        <source>Pexip integration:</source>
        <translation>Pexip-Integration:</translation>
    </message>
    <message>
        <source>Checking and enabling this method on the EWS virtual directory (and any authentication policy) needs the Exchange PowerShell connection, not available in this build.</source>
        <translation>Das Prüfen und Aktivieren dieser Methode im virtuellen EWS-Verzeichnis (und in Authentifizierungsrichtlinien) braucht die Exchange-PowerShell-Verbindung, die in dieser Version nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Basic (authentication_method %1)</source>
        <translation>Basic (authentication_method %1)</translation>
    </message>
    <message>
        <source>NTLM (authentication_method %1)</source>
        <translation>NTLM (authentication_method %1)</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: enable the authentication method (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden: Authentifizierungsmethode aktivieren (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt anwenden: Authentifizierungsmethode aktivieren (%n Änderungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::ui::CalendarProcessingPage</name>
    <message>
        <source>Calendar processing</source>
        <translation>Kalenderverarbeitung</translation>
    </message>
    <message>
        <source>The Set-CalendarProcessing values every OTJ room should have. Only rooms that differ are changed.</source>
        <translation>Die Set-CalendarProcessing-Werte, die jeder OTJ-Raum haben soll. Nur abweichende Räume werden geändert.</translation>
    </message>
    <message>
        <source>AutoAccept: accept or decline automatically (recommended)</source>
        <translation>AutoAccept: automatisch annehmen oder ablehnen (empfohlen)</translation>
    </message>
    <message>
        <source>AutoUpdate: tentative only, a delegate decides</source>
        <translation>AutoUpdate: nur mit Vorbehalt, ein Stellvertreter entscheidet</translation>
    </message>
    <message>
        <source>None: no processing</source>
        <translation>None: keine Verarbeitung</translation>
    </message>
    <message>
        <source>&amp;AutomateProcessing:</source>
        <translation>&amp;AutomateProcessing:</translation>
    </message>
    <message>
        <source>DeleteComm&amp;ents: remove the meeting body (must be off, or the join link is lost)</source>
        <translation>DeleteComm&amp;ents: Besprechungstext entfernen (muss aus sein, sonst geht der Teilnahmelink verloren)</translation>
    </message>
    <message>
        <source>DeleteS&amp;ubject: remove the subject</source>
        <translation>DeleteS&amp;ubject: Betreff entfernen</translation>
    </message>
    <message>
        <source>AddOrgani&amp;zerToSubject: replace the subject with the organizer&apos;s name</source>
        <translation>AddOrgani&amp;zerToSubject: Betreff durch den Namen des Organisators ersetzen</translation>
    </message>
    <message>
        <source>Remove&amp;PrivateProperty: clear the private flag of meetings</source>
        <translation>Remove&amp;PrivateProperty: Privat-Kennzeichen von Besprechungen entfernen</translation>
    </message>
    <message>
        <source>Leave each room&apos;s value unchanged</source>
        <translation>Wert jedes Raums unverändert lassen</translation>
    </message>
    <message>
        <source>True: accept invitations from outside the organization</source>
        <translation>True: Einladungen von außerhalb der Organisation annehmen</translation>
    </message>
    <message>
        <source>False: reject invitations from outside the organization</source>
        <translation>False: Einladungen von außerhalb der Organisation ablehnen</translation>
    </message>
    <message>
        <source>ProcessE&amp;xternalMeetingMessages:</source>
        <translation>ProcessE&amp;xternalMeetingMessages:</translation>
    </message>
    <message>
        <source>Optional. True lets rooms accept meetings forwarded from outside the organization.</source>
        <translation>Optional. True lässt Räume Besprechungen annehmen, die von außerhalb der Organisation weitergeleitet wurden.</translation>
    </message>
    <message>
        <source>Reading and setting calendar processing on the rooms needs the Exchange PowerShell connection, not available in this build. The values are kept in the profile.</source>
        <translation>Das Lesen und Setzen der Kalenderverarbeitung der Räume braucht die Exchange-PowerShell-Verbindung, die in dieser Version nicht verfügbar ist. Die Werte werden im Profil gespeichert.</translation>
    </message>
    <message>
        <source>AutomateProcessing is not AutoAccept: rooms will not accept meetings by themselves.</source>
        <translation>AutomateProcessing ist nicht AutoAccept: Die Räume nehmen Besprechungen nicht selbst an.</translation>
    </message>
    <message>
        <source>DeleteComments is on: the join link in the meeting body is removed.</source>
        <translation>DeleteComments ist an: Der Teilnahmelink im Besprechungstext wird entfernt.</translation>
    </message>
    <message>
        <source>Also change the settings that st&amp;op auto-accept or bookings (shown as warnings otherwise)</source>
        <translation>Auch die Einstellungen ändern, die automatisches Annehmen oder Buchungen verhindern (sonst als Warnungen &amp;gezeigt)</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: set calendar processing on %n room(s)</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden: Kalenderverarbeitung für %n Raum setzen</numerusform>
            <numerusform>&amp;Jetzt anwenden: Kalenderverarbeitung für %n Räume setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::ui::ConnectionsPage</name>
    <message>
        <source>Use for this session onl&amp;y</source>
        <translation>Nur für diese Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Where Exchange and Pexip Infinity are, and the accounts the wizard and One-Touch Join use.</source>
        <translation>Wo Exchange und Pexip Infinity zu finden sind und welche Konten der Assistent und One-Touch Join verwenden.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Microsoft Exchange</source>
        <translation>Microsoft Exchange</translation>
    </message>
    <message>
        <source>EWS URL, as typed</source>
        <translation>EWS-URL, wie eingegeben</translation>
    </message>
    <message>
        <source>Autodiscover from an email address</source>
        <translation>Autodiscover ab einer E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Autodiscover URL, as typed</source>
        <translation>Autodiscover-URL, wie eingegeben</translation>
    </message>
    <message>
        <source>EWS &amp;discovery:</source>
        <translation>EWS-&amp;Ermittlung:</translation>
    </message>
    <message>
        <source>&amp;EWS URL:</source>
        <translation>E&amp;WS-URL:</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message>
        <source>Autodiscover &amp;from address:</source>
        <translation>Autodiscover ab &amp;Adresse:</translation>
    </message>
    <message>
        <source>Autodiscover address</source>
        <translation>Autodiscover-Adresse</translation>
    </message>
    <message>
        <source>Autodiscover &amp;URL:</source>
        <translation>Autodiscover-&amp;URL:</translation>
    </message>
    <message>
        <source>Autodiscover URL</source>
        <translation>Autodiscover-URL</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>EWS au&amp;thentication:</source>
        <translation>EWS-Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>Pexip&apos;s integration uses the same method.</source>
        <translation>Die Pexip-Integration verwendet dieselbe Methode.</translation>
    </message>
    <message>
        <source>Remote &amp;PowerShell URI:</source>
        <translation>Remote-&amp;PowerShell-URI:</translation>
    </message>
    <message>
        <source>Usually http://&lt;server&gt;/PowerShell/ with Kerberos.</source>
        <translation>Meist http://&lt;server&gt;/PowerShell/ mit Kerberos.</translation>
    </message>
    <message>
        <source>Remote PowerShell URI</source>
        <translation>Remote-PowerShell-URI</translation>
    </message>
    <message>
        <source>Exchange &amp;admin account:</source>
        <translation>Exchange-Ad&amp;ministratorkonto:</translation>
    </message>
    <message>
        <source>UPN or DOMAIN\user in Organization Management.</source>
        <translation>UPN oder DOMÄNE\benutzer in Organization Management.</translation>
    </message>
    <message>
        <source>Exchange admin account</source>
        <translation>Exchange-Administratorkonto</translation>
    </message>
    <message>
        <source>Admin pass&amp;word:</source>
        <translation>Administrator&amp;kennwort:</translation>
    </message>
    <message>
        <source>One-Touch Join service account</source>
        <translation>Dienstkonto für One-Touch Join</translation>
    </message>
    <message>
        <source>Servi&amp;ce account UPN:</source>
        <translation>&amp;UPN des Dienstkontos:</translation>
    </message>
    <message>
        <source>Service account UPN</source>
        <translation>UPN des Dienstkontos</translation>
    </message>
    <message>
        <source>Service account passw&amp;ord:</source>
        <translation>Kennwort des &amp;Dienstkontos:</translation>
    </message>
    <message>
        <source>Pexip Infinity</source>
        <translation>Pexip Infinity</translation>
    </message>
    <message>
        <source>&amp;Management node:</source>
        <translation>Ma&amp;nagement-Knoten:</translation>
    </message>
    <message>
        <source>Management node</source>
        <translation>Management-Knoten</translation>
    </message>
    <message>
        <source>Pe&amp;xip admin user:</source>
        <translation>Pe&amp;xip-Administratorbenutzer:</translation>
    </message>
    <message>
        <source>Pexip admin user</source>
        <translation>Pexip-Administratorbenutzer</translation>
    </message>
    <message>
        <source>Pex&amp;ip admin password:</source>
        <translation>Pex&amp;ip-Administratorkennwort:</translation>
    </message>
    <message>
        <source>Passwords cannot be stored: no credential store.</source>
        <translation>Kennwörter können nicht gespeichert werden: kein Anmeldedatenspeicher.</translation>
    </message>
    <message>
        <source>Passwords are kept in: %1. They are never written to the profile.</source>
        <translation>Kennwörter werden aufbewahrt in: %1. Sie werden nie in das Profil geschrieben.</translation>
    </message>
    <message>
        <source>Passwords are kept in: %1. They are not saved anywhere and will be asked for again next time.</source>
        <translation>Kennwörter werden aufbewahrt in: %1. Sie werden nirgends gespeichert und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>Gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>The system keychain is not available, so passwords cannot be stored securely.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher können Kennwörter nicht sicher gespeichert werden.</translation>
    </message>
    <message>
        <source>You can keep the passwords in memory for this session only: they are not written anywhere and you will be asked for them again next time.</source>
        <translation>Sie können die Kennwörter nur für diese Sitzung im Speicher behalten: Sie werden nirgends geschrieben und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Passwords could not be stored:
%1</source>
        <translation>Die Kennwörter konnten nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>%1

This program receives the Exchange admin password, so it is a setting of this computer (or OTJ_POWERSHELL), never of a profile.</source>
        <translation>%1

Dieses Programm erhält das Exchange-Administratorkennwort; es ist daher eine Einstellung dieses Computers (oder OTJ_POWERSHELL), niemals eines Profils.</translation>
    </message>
    <message>
        <source>Never taken from a profile.</source>
        <translation>Wird nie aus einem Profil übernommen.</translation>
    </message>
    <message>
        <source>Source: %1; never taken from a profile.</source>
        <translation>Quelle: %1; wird nie aus einem Profil übernommen.</translation>
    </message>
    <message>
        <source>PowerShell on this compute&amp;r:</source>
        <translation>PowerShell auf diesem &amp;Computer:</translation>
    </message>
    <message>
        <source>The Windows user running this wizard (Kerberos)</source>
        <translation>Der Windows-Benutzer, der diesen Assistenten ausführt (Kerberos)</translation>
    </message>
    <message>
        <source>The Exchange admin account below</source>
        <translation>Das Exchange-Administratorkonto unten</translation>
    </message>
    <message>
        <source>Remote PowerShell si&amp;gn-in:</source>
        <translation>Remote-PowerShell-Anmeldun&amp;g:</translation>
    </message>
    <message>
        <source>Trust for Exchange&apos;s certificate</source>
        <translation>Vertrauen für das Exchange-Zertifikat</translation>
    </message>
    <message>
        <source>Trust for the Management Node&apos;s certificate</source>
        <translation>Vertrauen für das Zertifikat des Management-Knotens</translation>
    </message>
</context>
<context>
    <name>otj::ui::EndpointTrustEditor</name>
    <message>
        <source>If Exchange&apos;s certificate is not publicly trusted, choose the PEM file of the CA that issued it (with any intermediate CAs). This computer then trusts it for Exchange only. What One-Touch Join needs is that Pexip trusts it: the wizard&apos;s Pexip step uploads this CA to the Management Node when Pexip does not trust it yet.</source>
        <translation>Wenn das Exchange-Zertifikat nicht öffentlich vertrauenswürdig ist, wählen Sie die PEM-Datei der Zertifizierungsstelle (CA), die es ausgestellt hat (mit allen Zwischen-CAs). Dieser Computer vertraut ihr dann nur für Exchange. Für One-Touch Join zählt, dass Pexip ihr vertraut: Der Pexip-Schritt des Assistenten lädt diese CA auf den Management-Knoten hoch, wenn Pexip ihr noch nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate of the Management Node&apos;s management API, which the wizard uses to configure Pexip. It often comes from another CA than Exchange&apos;s. If it is not publicly trusted, choose the PEM file of the CA that issued it; for a self-signed node certificate, choose that certificate. It is trusted for the Management Node only, separately from Exchange&apos;s CA.</source>
        <translation>Das Zertifikat der Management-API des Management-Knotens, über die der Assistent Pexip konfiguriert. Es stammt oft von einer anderen CA als das Exchange-Zertifikat. Wenn es nicht öffentlich vertrauenswürdig ist, wählen Sie die PEM-Datei der CA, die es ausgestellt hat; bei einem selbstsignierten Knotenzertifikat wählen Sie dieses Zertifikat. Ihm wird nur für den Management-Knoten vertraut, getrennt von der CA für Exchange.</translation>
    </message>
    <message>
        <source>Exchange CA certificates:</source>
        <translation>CA-Zertifikate für Exchange:</translation>
    </message>
    <message>
        <source>Management Node CA certificates:</source>
        <translation>CA-Zertifikate des Knotens:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints:</source>
        <translation>SHA-256-Fingerabdrücke:</translation>
    </message>
    <message>
        <source>C&amp;hoose CA certificate…</source>
        <translation>CA-Zertifikat aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Pic&amp;k the node&apos;s CA certificate…</source>
        <translation>CA-Zertifikat des Kn&amp;otens auswählen …</translation>
    </message>
    <message>
        <source>C&amp;lear CA</source>
        <translation>CA &amp;entfernen</translation>
    </message>
    <message>
        <source>Clear the node&apos;s CA</source>
        <translation>CA des Knotens entfernen</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Choose the Management Node&apos;s CA certificate</source>
        <translation>CA-Zertifikat des Management-Knotens auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not valid: %1 could not be read (%2).</source>
        <translation>Ungültig: %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Not valid: %1: %2</source>
        <translation>Ungültig: %1: %2</translation>
    </message>
    <message>
        <source>None: the Exchange certificate must be publicly trusted.</source>
        <translation>Keine: Das Exchange-Zertifikat muss öffentlich vertrauenswürdig sein.</translation>
    </message>
    <message>
        <source>None: the Management Node&apos;s certificate must be publicly trusted.</source>
        <translation>Keine: Das Zertifikat des Management-Knotens muss öffentlich vertrauenswürdig sein.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>The stored CA certificate cannot be read: %1</source>
        <translation>Das gespeicherte CA-Zertifikat kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (gültig bis %2)</translation>
    </message>
</context>
<context>
    <name>otj::ui::EngineSession</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The Exchange session has ended.</source>
        <translation>Die Exchange-Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>already as wanted after the changes before it</source>
        <translation>nach den vorherigen Änderungen bereits wie gewünscht</translation>
    </message>
    <message>
        <source>distribution group</source>
        <translation>Verteilergruppe</translation>
    </message>
    <message>
        <source>management scope</source>
        <translation>Verwaltungsbereich</translation>
    </message>
    <message>
        <source>role assignment</source>
        <translation>Rollenzuweisung</translation>
    </message>
    <message>
        <source>EWS virtual directory</source>
        <translation>virtuelles EWS-Verzeichnis</translation>
    </message>
    <message>
        <source>authentication policy</source>
        <translation>Authentifizierungsrichtlinie</translation>
    </message>
    <message>
        <source>calendar processing</source>
        <translation>Kalenderverarbeitung</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>mailbox protocols</source>
        <translation>Postfachprotokolle</translation>
    </message>
    <message>
        <source>organization settings</source>
        <translation>Organisationseinstellungen</translation>
    </message>
    <message>
        <source>CA certificate on Pexip</source>
        <translation>CA-Zertifikat auf Pexip</translation>
    </message>
    <message>
        <source>Autodiscover URL on Pexip</source>
        <translation>Autodiscover-URL auf Pexip</translation>
    </message>
    <message>
        <source>One-Touch Join integration</source>
        <translation>One-Touch-Join-Integration</translation>
    </message>
</context>
<context>
    <name>otj::ui::ExchangeSession</name>
    <message>
        <source>Script export is not available in this build.</source>
        <translation>Der Skriptexport ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>otj::ui::ImpersonationPage</name>
    <message>
        <source>Impersonation</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>The service account gets ApplicationImpersonation, limited by a management scope to a distribution group that holds the OTJ rooms.</source>
        <translation>Das Dienstkonto erhält ApplicationImpersonation, durch einen Verwaltungsbereich auf eine Verteilergruppe mit den OTJ-Räumen beschränkt.</translation>
    </message>
    <message>
        <source>&amp;Distribution group:</source>
        <translation>&amp;Verteilergruppe:</translation>
    </message>
    <message>
        <source>Holds the selected rooms; created if it does not exist.</source>
        <translation>Enthält die ausgewählten Räume; wird angelegt, falls sie nicht existiert.</translation>
    </message>
    <message>
        <source>Distribution group</source>
        <translation>Verteilergruppe</translation>
    </message>
    <message>
        <source>Management sc&amp;ope:</source>
        <translation>Verwaltungs&amp;bereich:</translation>
    </message>
    <message>
        <source>Management scope</source>
        <translation>Verwaltungsbereich</translation>
    </message>
    <message>
        <source>&amp;Role assignment:</source>
        <translation>&amp;Rollenzuweisung:</translation>
    </message>
    <message>
        <source>Role assignment</source>
        <translation>Rollenzuweisung</translation>
    </message>
    <message>
        <source>Reading and creating the distribution group, the scope and the role assignment needs the Exchange PowerShell connection, not available in this build. Your choices are kept in the profile.</source>
        <translation>Das Lesen und Anlegen der Verteilergruppe, des Bereichs und der Rollenzuweisung braucht die Exchange-PowerShell-Verbindung, die in dieser Version nicht verfügbar ist. Ihre Auswahl wird im Profil gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: set up impersonation scoped to the rooms (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden: Identitätswechsel auf die Räume begrenzt einrichten (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt anwenden: Identitätswechsel auf die Räume begrenzt einrichten (%n Änderungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::ui::PexipIntegrationPage</name>
    <message>
        <source>Pexip integration</source>
        <translation>Pexip-Integration</translation>
    </message>
    <message>
        <source>The One-Touch Join Exchange integration on the Pexip Infinity management node.</source>
        <translation>Die One-Touch-Join-Exchange-Integration auf dem Management-Knoten von Pexip Infinity.</translation>
    </message>
    <message>
        <source>Integration na&amp;me:</source>
        <translation>Integrations&amp;name:</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Integrationsname</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>Find items request quota</source>
        <translation>Kontingent für FindItem-Anfragen</translation>
    </message>
    <message>
        <source>Find items &amp;quota:</source>
        <translation>FindItem-&amp;Kontingent:</translation>
    </message>
    <message>
        <source>Pexip&apos;s cap on EWS FindItem requests per 24 hours (10 000 – 10 000 000).</source>
        <translation>Pexips Obergrenze für EWS-FindItem-Anfragen pro 24 Stunden (10 000 – 10 000 000).</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>%1, following the EWS setting</source>
        <translation>%1, entsprechend der EWS-Einstellung</translation>
    </message>
    <message>
        <source>Send the service account&apos;s &amp;password to Pexip</source>
        <translation>&amp;Kennwort des Dienstkontos an Pexip senden</translation>
    </message>
    <message>
        <source>Disable the web pro&amp;xy for this integration</source>
        <translation>Web-Pro&amp;xy für diese Integration deaktivieren</translation>
    </message>
    <message>
        <source>Pexip never shows the password it holds. It is sent anyway when the integration is created and after this tool changed the password.</source>
        <translation>Pexip zeigt das gespeicherte Kennwort nie an. Es wird ohnehin gesendet, wenn die Integration erstellt wird und nachdem dieses Werkzeug das Kennwort geändert hat.</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w on the Pexip Management Node (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt auf dem Pexip Management Node anwenden (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt auf dem Pexip Management Node anwenden (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating or updating the integration on the Management Node needs the Pexip connection, not available in this build. The values are kept in the profile.</source>
        <translation>Das Erstellen oder Aktualisieren der Integration auf dem Management Node erfordert die Pexip-Verbindung, die in dieser Version nicht verfügbar ist. Die Werte bleiben im Profil.</translation>
    </message>
    <message>
        <source>The integration uses KERBEROS: move &amp;it to %1</source>
        <translation>Die Integration verwendet KERBEROS: auf %1 &amp;umstellen</translation>
    </message>
</context>
<context>
    <name>otj::ui::PlanDiffView</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>angelegt: %1</translation>
    </message>
    <message>
        <source>(a value is known only once an earlier change is made)</source>
        <translation>(ein Wert steht erst nach einer früheren Änderung fest)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The step as a whole</source>
        <translation>Der Schritt als Ganzes</translation>
    </message>
</context>
<context>
    <name>otj::ui::PowerShellView</name>
    <message>
        <source>Cop&amp;y PowerShell</source>
        <translation>PowerShell kop&amp;ieren</translation>
    </message>
    <message>
        <source>Expor&amp;t script…</source>
        <translation>Skript expor&amp;tieren…</translation>
    </message>
    <message>
        <source>PowerShe&amp;ll that apply sends (the password is never shown):</source>
        <translation>PowerShe&amp;ll, die beim Anwenden gesendet wird (das Passwort wird nie gezeigt):</translation>
    </message>
    <message>
        <source>PowerShell commands</source>
        <translation>PowerShell-Befehle</translation>
    </message>
    <message>
        <source>Save a PowerShell script that checks each setting and changes only what differs</source>
        <translation>Ein PowerShell-Skript speichern, das jede Einstellung prüft und nur Abweichendes ändert</translation>
    </message>
    <message>
        <source># Nothing to change.</source>
        <translation># Nichts zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Requests that apply sends to the Pexip management API (the password is never shown):</source>
        <translation>&amp;Anfragen, die das Anwenden an die Pexip-Verwaltungs-API sendet (das Kennwort wird nie angezeigt):</translation>
    </message>
    <message>
        <source>Pexip management API requests</source>
        <translation>Anfragen an die Pexip-Verwaltungs-API</translation>
    </message>
    <message>
        <source>Cop&amp;y requests</source>
        <translation>Anfragen kop&amp;ieren</translation>
    </message>
</context>
<context>
    <name>otj::ui::PrerequisitesPage</name>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>What must be true before One-Touch Join can be set up. The checks only read; they change nothing.</source>
        <translation>Was erfüllt sein muss, bevor One-Touch Join eingerichtet werden kann. Die Prüfungen lesen nur; sie ändern nichts.</translation>
    </message>
    <message>
        <source>P1. Every OTJ room has a room mailbox with an email address.
P2. Automatic calendar processing is on for each room.
P3. If Safe Links is used, URLs in invitations to the rooms are not rewritten.
P4. Exchange Management PowerShell can be reached, with every cmdlet the steps use.
P5. Pexip Infinity trusts Exchange&apos;s certificate: it chains to a public root, or its CA is uploaded to Pexip (the Pexip integration step does that).</source>
        <translation>P1. Jeder OTJ-Raum hat ein Raumpostfach mit einer E-Mail-Adresse.
P2. Die automatische Kalenderverarbeitung ist für jeden Raum aktiv.
P3. Falls Safe Links verwendet wird, werden URLs in Einladungen an die Räume nicht umgeschrieben.
P4. Exchange Management PowerShell ist erreichbar, mit jedem Cmdlet, das die Schritte verwenden.
P5. Pexip Infinity vertraut dem Zertifikat von Exchange: Es führt zu einer öffentlichen Stammzertifizierungsstelle, oder seine CA ist in Pexip hochgeladen (das erledigt der Schritt Pexip-Integration).</translation>
    </message>
</context>
<context>
    <name>otj::ui::RoomDirectoryModel</name>
    <message>
        <source>Room mailbox</source>
        <translation>Raumpostfach</translation>
    </message>
    <message>
        <source>Room mailbox in Exchange Online: use Pexip&apos;s Graph integration for it</source>
        <translation>Raumpostfach in Exchange Online: dafür die Graph-Integration von Pexip verwenden</translation>
    </message>
    <message>
        <source>Equipment mailbox, not a room</source>
        <translation>Gerätepostfach, kein Raum</translation>
    </message>
    <message>
        <source>User or shared mailbox, not a room</source>
        <translation>Benutzer- oder freigegebenes Postfach, kein Raum</translation>
    </message>
    <message>
        <source>Distribution group or room list, not a room</source>
        <translation>Verteilergruppe oder Raumliste, kein Raum</translation>
    </message>
    <message>
        <source>Mail contact or mail user, not a room here</source>
        <translation>E-Mail-Kontakt oder E-Mail-Benutzer, hier kein Raum</translation>
    </message>
    <message>
        <source>Exchange does not know this address</source>
        <translation>Exchange kennt diese Adresse nicht</translation>
    </message>
    <message>
        <source>%1: cannot be selected. %2</source>
        <translation>%1: kann nicht ausgewählt werden. %2</translation>
    </message>
    <message>
        <source>%1, cannot be selected: %2</source>
        <translation>%1, kann nicht ausgewählt werden: %2</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
    <message>
        <source>%1, not selected</source>
        <translation>%1, nicht ausgewählt</translation>
    </message>
    <message>
        <source>Added by hand, not checked against Exchange yet</source>
        <translation>Von Hand hinzugefügt, noch nicht mit Exchange abgeglichen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Room lists</source>
        <translation>Raumlisten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>otj::ui::RoomsPage</name>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Choose the room mailboxes that One-Touch Join serves. Only the checked rooms are set up.</source>
        <translation>Wählen Sie die Raumpostfächer, die One-Touch Join bedient. Nur die angehakten Räume werden eingerichtet.</translation>
    </message>
    <message>
        <source>Room discovery needs the Exchange PowerShell connection, not available in this build. Add rooms by address, paste a list or import a CSV file (for example from Get-Mailbox -RecipientTypeDetails RoomMailbox | Export-Csv).</source>
        <translation>Das Ermitteln von Räumen braucht die Exchange-PowerShell-Verbindung, die in dieser Version nicht verfügbar ist. Fügen Sie Räume per Adresse hinzu, fügen Sie eine Liste ein oder importieren Sie eine CSV-Datei (zum Beispiel aus Get-Mailbox -RecipientTypeDetails RoomMailbox | Export-Csv).</translation>
    </message>
    <message>
        <source>Room &amp;address:</source>
        <translation>Raum&amp;adresse:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>Liste &amp;einfügen</translation>
    </message>
    <message>
        <source>Add every address on the clipboard</source>
        <translation>Alle Adressen aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Suc&amp;hen:</translation>
    </message>
    <message>
        <source>R&amp;ooms:</source>
        <translation>&amp;Räume:</translation>
    </message>
    <message>
        <source>Chec&amp;k all shown</source>
        <translation>Alle angezeigten an&amp;haken</translation>
    </message>
    <message>
        <source>&amp;Uncheck all shown</source>
        <translation>Alle angezeigten a&amp;bhaken</translation>
    </message>
    <message>
        <source>Import rooms from CSV</source>
        <translation>Räume aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No room is selected.</source>
        <translation>Kein Raum ist ausgewählt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rooms added: %1.</source>
        <translation>Hinzugefügte Räume: %1.</translation>
    </message>
    <message>
        <source>Already in the list: %1.</source>
        <translation>Bereits in der Liste: %1.</translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>Nicht hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 of %2 rooms selected, %3 shown</source>
        <translation>%1 von %2 Räumen ausgewählt, %3 angezeigt</translation>
    </message>
    <message>
        <source>Dis&amp;cover rooms</source>
        <translation>Räume &amp;ermitteln</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Read every room mailbox from Exchange (one Get-Mailbox call)</source>
        <translation>Alle Raumpostfächer aus Exchange lesen (ein Get-Mailbox-Aufruf)</translation>
    </message>
    <message>
        <source>Part of a name, address, Office, City or room list</source>
        <translation>Teil eines Namens, einer Adresse, von Office, Ort oder Raumliste</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Check a room to set it up. Space toggles the current room. Greyed-out rooms cannot be served on-premises; the Status column says why.</source>
        <translation>Einen Raum ankreuzen, um ihn einzurichten. Die Leertaste schaltet den aktuellen Raum um. Ausgegraute Räume können lokal nicht bedient werden; die Spalte Status sagt, warum.</translation>
    </message>
    <message>
        <source>Select every room shown that One-Touch Join on-premises can serve</source>
        <translation>Jeden angezeigten Raum auswählen, den One-Touch Join lokal bedienen kann</translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation>Ermittlung abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the room mailboxes from Exchange…</source>
        <translation>Raumpostfächer werden aus Exchange gelesen…</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Ermittlung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exchange has %1 room mailboxes: %2 on-premises, %3 elsewhere.</source>
        <translation>Exchange hat %1 Raumpostfächer: %2 lokal, %3 anderswo.</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <source>Room list: %1</source>
        <translation>Raumliste: %1</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Ort: %1</translation>
    </message>
</context>
<context>
    <name>otj::ui::ServiceAccountPage</name>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>One-Touch Join reads the room calendars with its own service account, separate from any VMR Scheduling account.</source>
        <translation>One-Touch Join liest die Raumkalender mit einem eigenen Dienstkonto, getrennt von einem Konto für VMR Scheduling.</translation>
    </message>
    <message>
        <source>&amp;Create a new mailbox-enabled account</source>
        <translation>Neues Konto mit Postfach an&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Adopt an existing account</source>
        <translation>&amp;Vorhandenes Konto übernehmen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Organizational &amp;unit:</source>
        <translation>Organisations&amp;einheit:</translation>
    </message>
    <message>
        <source>Optional; empty uses Exchange&apos;s default.</source>
        <translation>Optional; leer verwendet die Exchange-Vorgabe.</translation>
    </message>
    <message>
        <source>Creating or checking the service account needs the Exchange PowerShell connection, not available in this build. Your choices are kept in the profile.</source>
        <translation>Das Anlegen oder Prüfen des Dienstkontos braucht die Exchange-PowerShell-Verbindung, die in dieser Version nicht verfügbar ist. Ihre Auswahl wird im Profil gespeichert.</translation>
    </message>
    <message>
        <source>Service account: not set yet (enter its UPN on the Connections page).</source>
        <translation>Dienstkonto: noch nicht gesetzt (geben Sie den UPN auf der Seite Verbindungen ein).</translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation>Dienstkonto: %1</translation>
    </message>
    <message>
        <source>Gene&amp;rate a strong password</source>
        <translation>Sta&amp;rkes Passwort erzeugen</translation>
    </message>
    <message>
        <source>Copy th&amp;e password</source>
        <translation>Passwort kopi&amp;eren</translation>
    </message>
    <message>
        <source>%1 characters from letters, digits and - _ . : ! # % + = ? @, every kind at least once (Active Directory&apos;s default complexity)</source>
        <translation>%1 Zeichen aus Buchstaben, Ziffern und - _ . : ! # % + = ? @, jede Art mindestens einmal (Standardkomplexität von Active Directory)</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>not generated in this session</source>
        <translation>in dieser Sitzung nicht erzeugt</translation>
    </message>
    <message>
        <source>Copied as a secret (kept out of clipboard history where possible) and cleared from the clipboard after 30 seconds</source>
        <translation>Als Geheimnis kopiert (wo möglich aus dem Zwischenablageverlauf herausgehalten) und nach 30 Sekunden aus der Zwischenablage gelöscht</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert.</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: create the service account (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden: Dienstkonto anlegen (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt anwenden: Dienstkonto anlegen (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: update the service account (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden: Dienstkonto aktualisieren (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt anwenden: Dienstkonto aktualisieren (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>An adopted account keeps its password: enter it on the Connections page.</source>
        <translation>Ein übernommenes Konto behält sein Passwort: auf der Seite Verbindungen eingeben.</translation>
    </message>
    <message>
        <source>Replace the stored password?</source>
        <translation>Gespeichertes Passwort ersetzen?</translation>
    </message>
    <message>
        <source>A password for this service account is already stored. A new one replaces it; if the account already exists in Exchange with the old password, One-Touch Join can no longer sign in until you set the new one there too.</source>
        <translation>Für dieses Dienstkonto ist bereits ein Passwort gespeichert. Ein neues ersetzt es; gibt es das Konto in Exchange schon mit dem alten Passwort, kann sich One-Touch Join nicht mehr anmelden, bis Sie das neue auch dort setzen.</translation>
    </message>
    <message>
        <source>Storing the password…</source>
        <translation>Passwort wird gespeichert…</translation>
    </message>
    <message>
        <source>Shown once: copy it now if you need it. Stored in %1.</source>
        <translation>Nur einmal gezeigt: jetzt kopieren, falls Sie es brauchen. Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Shown once: copy it now if you need it. Kept for this session only (%1): nothing is saved, you will need it again next time.</source>
        <translation>Nur einmal gezeigt: jetzt kopieren, falls Sie es brauchen. Nur für diese Sitzung behalten (%1): nichts wird gespeichert, beim nächsten Mal wird es wieder gebraucht.</translation>
    </message>
    <message>
        <source>The password could not be stored: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>stored; generate a new one to see a password again</source>
        <translation>gespeichert; ein neues erzeugen, um wieder ein Passwort zu sehen</translation>
    </message>
</context>
<context>
    <name>otj::ui::SetupWizard</name>
    <message>
        <source>OTJ Exchange Setup</source>
        <translation>OTJ Exchange Setup</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the profile (no passwords are written to it)</source>
        <translation>Profil speichern (es werden keine Kennwörter hineingeschrieben)</translation>
    </message>
    <message>
        <source>Save a copy of the profile under a new profile id</source>
        <translation>Eine Kopie des Profils unter einer neuen Profil-ID speichern</translation>
    </message>
    <message>
        <source>Profile: new, not saved yet</source>
        <translation>Profil: neu, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Passwords: this session only</source>
        <translation>Kennwörter: nur diese Sitzung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Save profile as</source>
        <translation>Profil speichern unter</translation>
    </message>
    <message>
        <source>Setup profiles (*.json);;All files (*)</source>
        <translation>Einrichtungsprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved as a new profile</source>
        <translation>Als neues Profil gespeichert</translation>
    </message>
    <message>
        <source>The profile was saved as a new profile with its own id (%1). Passwords stored for the previous profile (%2) stay with that profile; enter them again on the Connections page to store them for this one.</source>
        <translation>Das Profil wurde als neues Profil mit eigener ID (%1) gespeichert. Für das vorherige Profil (%2) gespeicherte Kennwörter bleiben bei jenem Profil; geben Sie sie auf der Seite Verbindungen erneut ein, um sie für dieses zu speichern.</translation>
    </message>
    <message>
        <source>The profile has unsaved changes. Save them before closing?</source>
        <translation>Das Profil hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>otj::ui::StepActionPanel</name>
    <message>
        <source>Inspect a&amp;gain</source>
        <translation>Er&amp;neut lesen</translation>
    </message>
    <message>
        <source>Read this step&apos;s objects from Exchange again (only Get-* commands)</source>
        <translation>Die Objekte dieses Schritts erneut aus Exchange lesen (nur Get-*-Befehle)</translation>
    </message>
    <message>
        <source>Planned c&amp;hanges (what is there now, and what it will be):</source>
        <translation>Geplante Än&amp;derungen (was jetzt da ist und was es wird):</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>What exists in Exchange now</source>
        <translation>Was jetzt in Exchange vorhanden ist</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Now in Exchange</source>
        <translation>Jetzt in Exchange</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Progress and verification</source>
        <translation>Fortschritt und Überprüfung</translation>
    </message>
    <message>
        <source>The settings changed since Exchange was read: inspect again.</source>
        <translation>Die Einstellungen haben sich seit dem Lesen aus Exchange geändert: erneut lesen.</translation>
    </message>
    <message>
        <source>Script export is not available in this build.</source>
        <translation>Der Skriptexport ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Not available in this build: no Exchange PowerShell connection.</source>
        <translation>In diesem Build nicht verfügbar: keine Exchange-PowerShell-Verbindung.</translation>
    </message>
    <message>
        <source>Not read from Exchange yet.</source>
        <translation>Noch nicht aus Exchange gelesen.</translation>
    </message>
    <message>
        <source>Reading %1 from Exchange…</source>
        <translation>%1 wird aus Exchange gelesen…</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Exists, as wanted</source>
        <translation>Vorhanden, wie gewünscht</translation>
    </message>
    <message>
        <source>Exists, differs</source>
        <translation>Vorhanden, weicht ab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt anwenden (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not read this step from Exchange: %1</source>
        <translation>Dieser Schritt konnte nicht aus Exchange gelesen werden: %1</translation>
    </message>
    <message>
        <source> Warnings: %1 (see the planned changes).</source>
        <translation> Warnungen: %1 (siehe geplante Änderungen).</translation>
    </message>
    <message>
        <source>Already configured — 0 changes.</source>
        <translation>Bereits konfiguriert — 0 Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make. Nothing has been changed yet.</source>
        <translation>
            <numerusform>%n Änderung vorzunehmen. Noch wurde nichts geändert.</numerusform>
            <numerusform>%n Änderungen vorzunehmen. Noch wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird angewendet…</numerusform>
            <numerusform>%n Änderungen werden angewendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 changes applied. Inspect again to continue.</source>
        <translation>Angehalten: %1 von %2 Änderungen angewendet. Erneut lesen, um fortzufahren.</translation>
    </message>
    <message>
        <source>A change failed; the changes after it were not sent. The list says why.</source>
        <translation>Eine Änderung schlug fehl; die folgenden wurden nicht gesendet. Die Liste sagt, warum.</translation>
    </message>
    <message>
        <source>Applied. Verifying…</source>
        <translation>Angewendet. Wird überprüft…</translation>
    </message>
    <message>
        <source>Applied and verified.</source>
        <translation>Angewendet und überprüft.</translation>
    </message>
    <message>
        <source>Applied. Waiting for Active Directory replication; re-checking by itself.</source>
        <translation>Angewendet. Warten auf die Active-Directory-Replikation; wird selbsttätig erneut geprüft.</translation>
    </message>
    <message>
        <source>Applied, still pending. Check again later.</source>
        <translation>Angewendet, noch ausstehend. Später erneut prüfen.</translation>
    </message>
    <message>
        <source>Applied, but verification failed. The list says why.</source>
        <translation>Angewendet, aber die Überprüfung schlug fehl. Die Liste sagt, warum.</translation>
    </message>
    <message>
        <source>Export setup script</source>
        <translation>Einrichtungsskript exportieren</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripte (*.ps1)</translation>
    </message>
    <message>
        <source>Script not exported</source>
        <translation>Skript nicht exportiert</translation>
    </message>
    <message>
        <source>The script could not be written to %1: %2</source>
        <translation>Das Skript konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Read this step&apos;s objects from Pexip again (only GET requests)</source>
        <translation>Die Objekte dieses Schritts erneut von Pexip lesen (nur GET-Anfragen)</translation>
    </message>
    <message>
        <source>What exists on Pexip now</source>
        <translation>Was jetzt auf Pexip vorhanden ist</translation>
    </message>
    <message>
        <source>Now on Pexip</source>
        <translation>Jetzt auf Pexip</translation>
    </message>
    <message>
        <source>Pexip API requests</source>
        <translation>Pexip-API-Anfragen</translation>
    </message>
    <message>
        <source>The settings changed since Pexip was read: inspect again.</source>
        <translation>Die Einstellungen haben sich geändert, seit Pexip gelesen wurde: erneut prüfen.</translation>
    </message>
    <message>
        <source>Not read from Pexip yet.</source>
        <translation>Noch nicht von Pexip gelesen.</translation>
    </message>
    <message>
        <source>Stop readin&amp;g</source>
        <translation>Lesen bee&amp;nden</translation>
    </message>
    <message>
        <source>Reading %1 from Pexip…</source>
        <translation>%1 wird von Pexip gelesen …</translation>
    </message>
    <message>
        <source>Could not read this step from Pexip: %1</source>
        <translation>Dieser Schritt konnte nicht von Pexip gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>otj::ui::StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Setup steps and their state</source>
        <translation>Einrichtungsschritte und ihr Stand</translation>
    </message>
    <message>
        <source>%1 · current step</source>
        <translation>%1 · aktueller Schritt</translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Schritt %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>otj::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Check your choices and save the profile. The profile never contains a password.</source>
        <translation>Prüfen Sie Ihre Auswahl und speichern Sie das Profil. Das Profil enthält nie ein Kennwort.</translation>
    </message>
    <message>
        <source>Profile summary</source>
        <translation>Profilzusammenfassung</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>EWS URL %1</source>
        <translation>EWS-URL %1</translation>
    </message>
    <message>
        <source>Autodiscover from %1</source>
        <translation>Autodiscover ab %1</translation>
    </message>
    <message>
        <source>Autodiscover URL %1</source>
        <translation>Autodiscover-URL %1</translation>
    </message>
    <message>
        <source>Profile id: %1</source>
        <translation>Profil-ID: %1</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>  Endpoint: %1</source>
        <translation>  Endpunkt: %1</translation>
    </message>
    <message>
        <source>  EWS authentication: %1</source>
        <translation>  EWS-Authentifizierung: %1</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>  Remote PowerShell: %1</source>
        <translation>  Remote-PowerShell: %1</translation>
    </message>
    <message>
        <source>  Admin account: %1</source>
        <translation>  Administratorkonto: %1</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>  UPN: %1</source>
        <translation>  UPN: %1</translation>
    </message>
    <message>
        <source>  Display name: %1</source>
        <translation>  Anzeigename: %1</translation>
    </message>
    <message>
        <source>  Organizational unit: %1</source>
        <translation>  Organisationseinheit: %1</translation>
    </message>
    <message>
        <source>(Exchange&apos;s default)</source>
        <translation>(Exchange-Vorgabe)</translation>
    </message>
    <message>
        <source>  Account: %1</source>
        <translation>  Konto: %1</translation>
    </message>
    <message>
        <source>create a new one</source>
        <translation>neu anlegen</translation>
    </message>
    <message>
        <source>adopt an existing one</source>
        <translation>vorhandenes übernehmen</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>  Selected rooms: %1</source>
        <translation>  Ausgewählte Räume: %1</translation>
    </message>
    <message>
        <source>  Distribution group: %1</source>
        <translation>  Verteilergruppe: %1</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>  Management scope: %1</source>
        <translation>  Verwaltungsbereich: %1</translation>
    </message>
    <message>
        <source>  Role assignment: %1</source>
        <translation>  Rollenzuweisung: %1</translation>
    </message>
    <message>
        <source>Calendar processing</source>
        <translation>Kalenderverarbeitung</translation>
    </message>
    <message>
        <source>  AutomateProcessing: %1</source>
        <translation>  AutomateProcessing: %1</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>  ProcessExternalMeetingMessages: %1</source>
        <translation>  ProcessExternalMeetingMessages: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Pexip Infinity</source>
        <translation>Pexip Infinity</translation>
    </message>
    <message>
        <source>  Management node: %1</source>
        <translation>  Management-Knoten: %1</translation>
    </message>
    <message>
        <source>  Admin user: %1</source>
        <translation>  Administratorbenutzer: %1</translation>
    </message>
    <message>
        <source>  Integration: %1</source>
        <translation>  Integration: %1</translation>
    </message>
    <message>
        <source>  Authentication: %1</source>
        <translation>  Authentifizierung: %1</translation>
    </message>
    <message>
        <source>  Find items quota: %1</source>
        <translation>  FindItem-Kontingent: %1</translation>
    </message>
    <message>
        <source>  Web proxy: %1</source>
        <translation>  Webproxy: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>used</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>File: not saved yet (use Save)
</source>
        <translation>Datei: noch nicht gespeichert (Speichern verwenden)
</translation>
    </message>
    <message>
        <source>File: %1
</source>
        <translation>Datei: %1
</translation>
    </message>
    <message>
        <source>  DeleteComments: %1</source>
        <translation>  DeleteComments: %1</translation>
    </message>
    <message>
        <source>  DeleteSubject: %1</source>
        <translation>  DeleteSubject: %1</translation>
    </message>
    <message>
        <source>  AddOrganizerToSubject: %1</source>
        <translation>  AddOrganizerToSubject: %1</translation>
    </message>
    <message>
        <source>  RemovePrivateProperty: %1</source>
        <translation>  RemovePrivateProperty: %1</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>  Exchange CA: none (publicly trusted certificate)</source>
        <translation>  CA für Exchange: keine (öffentlich vertrauenswürdiges Zertifikat)</translation>
    </message>
    <message>
        <source>  Exchange CA: %1, SHA-256 %2</source>
        <translation>  CA für Exchange: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>  Remote PowerShell sign-in: %1</source>
        <translation>  Remote-PowerShell-Anmeldung: %1</translation>
    </message>
    <message>
        <source>the admin account</source>
        <translation>das Administratorkonto</translation>
    </message>
    <message>
        <source>the Windows user running the wizard</source>
        <translation>der Windows-Benutzer, der den Assistenten ausführt</translation>
    </message>
</context>
<context>
    <name>otj::ui::ValidationPanel</name>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Validation progress</source>
        <translation>Prüfungsfortschritt</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Nur &amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>Validation results</source>
        <translation>Prüfungsergebnisse</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>E&amp;rgebnisse:</translation>
    </message>
    <message>
        <source>Cause and fix of the selected check</source>
        <translation>Ursache und Behebung der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>Select a check to see its cause and how to fix it.</source>
        <translation>Wählen Sie eine Prüfung, um Ursache und Behebung zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Fix for the selected check:</source>
        <translation>&amp;Behebung für die ausgewählte Prüfung:</translation>
    </message>
    <message>
        <source>Exchange is throttling the service account (%1): waiting %2 s (%3 s so far).</source>
        <translation>Exchange drosselt das Dienstkonto (%1): warte %2 s (bisher %3 s).</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <source>Could not run: %1 </source>
        <translation>Konnte nicht ausgeführt werden: %1 </translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 skipped.</source>
        <translation>%1 bestanden, %2 Warnungen, %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Fix (%1):</source>
        <translation>Behebung (%1):</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>R&amp;un checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
    <message>
        <source>Reading Exchange through PowerShell…</source>
        <translation>Exchange wird über PowerShell gelesen…</translation>
    </message>
</context>
<context>
    <name>otj::ui::ValidationTreeModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
</context>
<context>
    <name>otj::ui::VerificationPanel</name>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Verification of each change</source>
        <translation>Überprüfung jeder Änderung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Not verified yet: verification runs after apply.</source>
        <translation>Noch nicht überprüft: die Überprüfung folgt auf das Anwenden.</translation>
    </message>
    <message>
        <source>Verifying: reading Exchange again…</source>
        <translation>Überprüfung: Exchange wird erneut gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pending: %1 of %2 wait for Active Directory replication to reach Exchange Web Services. Nothing is wrong yet.</source>
        <translation>Ausstehend: %1 von %2 warten, bis die Active-Directory-Replikation die Exchange-Webdienste erreicht. Noch ist nichts falsch.</translation>
    </message>
    <message>
        <source>Verified: all %1 changes are in effect.</source>
        <translation>Überprüft: alle %1 Änderungen sind wirksam.</translation>
    </message>
    <message>
        <source>Verification failed for %1 of %2 changes.</source>
        <translation>Überprüfung für %1 von %2 Änderungen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Still pending after %1 minutes: check again later (Check now), or validate from the Summary page.</source>
        <translation>Nach %1 Minuten noch ausstehend: später erneut prüfen (Jetzt prüfen) oder auf der Seite Zusammenfassung validieren.</translation>
    </message>
    <message>
        <source>Checking again in %1 s</source>
        <translation>Erneute Prüfung in %1 s</translation>
    </message>
    <message>
        <source>Checking again now…</source>
        <translation>Wird jetzt erneut geprüft…</translation>
    </message>
</context>
<context>
    <name>otj::ui::WelcomePage</name>
    <message>
        <source>Open s&amp;elected</source>
        <translation>&amp;Auswahl öffnen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Connect Pexip Infinity One-Touch Join to Microsoft Exchange on-premises. Start with a new setup profile or open one you saved before.</source>
        <translation>Verbinden Sie Pexip Infinity One-Touch Join mit Microsoft Exchange (lokal). Beginnen Sie mit einem neuen Einrichtungsprofil oder öffnen Sie ein früher gespeichertes.</translation>
    </message>
    <message>
        <source>A setup profile holds every decision you make in this wizard: the Exchange and Pexip endpoints, the service account, the rooms and the calendar policy. It never holds a password; passwords are kept in the system keychain.</source>
        <translation>Ein Einrichtungsprofil enthält jede Entscheidung, die Sie in diesem Assistenten treffen: die Exchange- und Pexip-Endpunkte, das Dienstkonto, die Räume und die Kalenderrichtlinie. Es enthält nie ein Kennwort; Kennwörter werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Ne&amp;w profile</source>
        <translation>Neues &amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>Profil ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Recent profiles:</source>
        <translation>Zuletzt ver&amp;wendete Profile:</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>Zuletzt verwendete Profile</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Diese Datei existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No recent profiles.</source>
        <translation>Keine zuletzt verwendeten Profile.</translation>
    </message>
    <message>
        <source>Current profile: a new profile with the recommended values, not saved yet.</source>
        <translation>Aktuelles Profil: ein neues Profil mit den empfohlenen Werten, noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Current profile: %1</source>
        <translation>Aktuelles Profil: %1</translation>
    </message>
    <message>
        <source>Start a new profile</source>
        <translation>Neues Profil beginnen</translation>
    </message>
    <message>
        <source>The current profile has unsaved changes. Discard them and start a new profile?</source>
        <translation>Das aktuelle Profil hat ungespeicherte Änderungen. Verwerfen und ein neues Profil beginnen?</translation>
    </message>
    <message>
        <source>Open setup profile</source>
        <translation>Einrichtungsprofil öffnen</translation>
    </message>
    <message>
        <source>Setup profiles (*.json);;All files (*)</source>
        <translation>Einrichtungsprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Opened, with notes:
%1</source>
        <translation>Geöffnet, mit Hinweisen:
%1</translation>
    </message>
</context>
<context>
    <name>otj::ui::WizardPage</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Braucht Aufmerksamkeit (%1)</translation>
    </message>
    <message>
        <source>Not checked (%1)</source>
        <translation>Nicht geprüft (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
</context>
<context>
    <name>otj::validation</name>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
</TS>
