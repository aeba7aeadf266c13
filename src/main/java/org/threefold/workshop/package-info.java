/**
 * Generative dialogue workshops: the five-stage method of seed 001 section 6 run live for
 * up to 300 people. A facilitator or ICS leader plans a workshop from the five-stage
 * template ({@link org.threefold.workshop.WorkshopService}); participants join without an
 * account through a short code ({@link org.threefold.workshop.WorkshopParticipation});
 * every change is an event stored as it happens and announced through one
 * {@link org.threefold.workshop.LiveWorkshopBus}; the voice record
 * ({@link org.threefold.workshop.WorkshopVoiceService}) is what the power-dynamics work
 * reads. Details in docs/workshops.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workshops")
package org.threefold.workshop;
