package io.newswire.model;

import java.util.List;

/** A person or organization named in an article, with every mention of it. */
public record Entity(EntityType type, String name, List<Mention> mentions) {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
