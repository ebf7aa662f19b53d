package org.newsgraph.extract;

/**
 * The event taxonomy of {@code ontology/newsgraph.ttl}, each type with its CAMEO root code where
 * one exists (CAMEO: Conflict and Mediation Event Observations, Gerner et al.).
 */
public enum EventType {
    RAID("Raid", "17"),
    SEIZURE("Seizure", "17"),
    ARREST("Arrest", "17"),
    REPRESSION("Repression", "17"),
    KILLING("Killing", "18"),
    INJURY("Injury", "18"),
    ATTACK("Attack", "18"),
    WAR("War", "19"),
    MILITARY_OPERATION("MilitaryOperation", "19"),
    DEPLOYMENT("Deployment", "15"),
    HOSTING("Hosting", "07"),
    ARMING("Arming", "07"),
    SUPPORT("Support", "06"),
    DESIGNATION("Designation", "16"),
    DELISTING("Delisting", "08"),
    REJECTION("Rejection", "12"),
    CONFERENCE("Conference", "04"),
    MEETING("Meeting", "04"),
    PROTEST("Protest", "14"),
    ELECTION("Election", null);

    private final String localName;
    private final String cameo;

    EventType(String localName, String cameo) {
        this.localName = localName;
        this.cameo = cameo;
    }

    /** The class's local name in the project ontology. */
    public String localName() {
        return localName;
    }

    /** The CAMEO root code, or null when CAMEO has none. */
    public String cameo() {
        return cameo;
    }

    /** Types of violent or coercive operations that "the raid", "the operation" can refer back to. */
    public boolean isOperation() {
        return this == RAID || this == ATTACK || this == MILITARY_OPERATION || this == SEIZURE;
    }
}
