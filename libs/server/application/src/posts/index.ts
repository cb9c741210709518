export * from './post.ports';
export * from './post.service';
export * from './charter.service';
export * from './media.service';
export * from './post-group.service';
export * from './my-work.ports';
export * from './my-work.service';
