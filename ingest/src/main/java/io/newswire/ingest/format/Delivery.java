package io.newswire.ingest.format;

import io.newswire.schemas.Dispatch;

import java.util.List;

/**
 * What one document delivered: its items in order, each read into a dispatch or refused on its own. A
 * NewsML-G2 {@code newsMessage} and a JSON array are bundles, answered item by item; anything else is one item.
 *
 * @param bundle true for a newsMessage or a JSON array, even with a single item
 * @param items  the items, in document order; never empty
 */
public record Delivery(boolean bundle, List<Item> items) {

    public Delivery {
        items = List.copyOf(items);
    }

    /**
     * One item of a delivery: read into {@code dispatch}, or refused with {@code problem}.
     *
     * @param position the item's place in the document, from 0
     * @param id       the item's id when it could be read (also for a refused item), else null
     */
    public record Item(int position, String id, Dispatch dispatch, InvalidDispatchException problem) {
        static Item read(int position, Dispatch dispatch) {
            return new Item(position, dispatch.getId(), dispatch, null);
        }

        static Item refused(int position, String id, InvalidDispatchException problem) {
            return new Item(position, id, null, problem);
        }

        /** The dispatch, or the reason it could not be read. */
        public Dispatch dispatchOrThrow() throws InvalidDispatchException {
            if (problem != null) {
                throw problem;
            }
            return dispatch;
        }
    }

    static Delivery single(Item item) {
        return new Delivery(false, List.of(item));
    }
}
